package org.maagal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.maagal.ApplicationProcess;
import org.maagal.PostgresDatabases;

/**
 * A burst of due reminders on the packaged application, for the two-node test and the burst benchmark: a city
 * whose departments' groups hold many people, the cycle's department tasks, the day their reminders fall due,
 * and what the outbox has mailed, read from the database.
 */
final class ReminderBurst {

  static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private ReminderBurst() {
  }

  /** The arguments of a node of that name. */
  static List<String> withNode(List<String> common, String node) {
    var arguments = new ArrayList<>(common);
    arguments.add("--maagal.node=" + node);
    return arguments;
  }

  /** The demo clock forward by whole days on one node, which runs a round of the watch; answers its time. */
  static long travel(ApplicationProcess node, int days) {
    long before = System.nanoTime();
    var travelled = node.postJson("admin", "/api/admin/time-travel", "{\"days\": " + days + "}");
    assertThat(travelled.statusCode()).as(travelled.body()).isEqualTo(200);
    return (System.nanoTime() - before) / 1_000_000;
  }

  /**
   * Whole days from now to the department tasks' reminders, before their due dates. The latest follow-up date and the
   * earliest due date decide: a fan-out that runs over midnight (Israel's) gives the tasks made after it a follow-up
   * and a due date a business day later.
   */
  static int daysToTheReminders(ApplicationProcess node) {
    Instant followUp = dateOfTask(node, "followUpDate", "desc", "followUp");
    Instant due = dateOfTask(node, "dueDate", "asc", "due");
    int days = (int) Math.max(1, Math.ceil(Duration.between(Instant.now(), followUp).toMinutes() / (24 * 60.0)));
    assertThat(Instant.now().plus(Duration.ofDays(days))).as("every reminder's day is before every due date")
        .isBefore(due.minus(Duration.ofHours(1)));
    return days;
  }

  private static Instant dateOfTask(ApplicationProcess node, String sortBy, String order, String field) {
    var task = ApplicationProcess.json(node.get("admin", "/engine-rest/task?taskDefinitionKey=submitDepartmentAssessment"
        + "&sortBy=" + sortBy + "&sortOrder=" + order + "&maxResults=1")).get(0);
    return OffsetDateTime.parse(task.get(field).asText(), ENGINE_DATE).toInstant();
  }

  static int departmentTasks(ApplicationProcess node) {
    return node.openTasks("submitDepartmentAssessment", null);
  }

  /**
   * The reminders a round of the watch at that moment writes, by task: every open task whose follow-up date has
   * come and whose due date has not, times its assignee, or else its candidate users and its groups' members.
   */
  static Map<String, Long> remindersDue(DataSource database, Instant moment) throws SQLException {
    String window = " t.follow_up_date_ <= ? and t.due_date_ > ?";
    String sql = "select key, count(*) from ("
        + " select t.task_def_key_ key, t.id_ task, t.assignee_ person from act_ru_task t where t.assignee_ is not null"
        + " and" + window
        + " union select t.task_def_key_, t.id_, l.user_id_ from act_ru_task t join act_ru_identitylink l"
        + " on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.user_id_ is not null where t.assignee_ is null and"
        + window
        + " union select t.task_def_key_, t.id_, m.user_id_ from act_ru_task t join act_ru_identitylink l"
        + " on l.task_id_ = t.id_ and l.type_ = 'candidate' join act_id_membership m on m.group_id_ = l.group_id_"
        + " where t.assignee_ is null and" + window
        + ") pairs join act_id_user u on u.id_ = pairs.person and u.email_ is not null group by key order by key";
    Map<String, Long> due = new LinkedHashMap<>();
    try (Connection connection = database.getConnection(); var statement = connection.prepareStatement(sql)) {
      for (int parameter = 1; parameter <= 6; parameter++) {
        statement.setTimestamp(parameter, Timestamp.from(moment));
      }
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          due.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return due;
  }

  static long reminders(DataSource database, String taskKey) {
    return query(database, "select count(*) from notification n join act_ru_task t on t.id_ = n.task_id"
        + " where n.kind = 'REMINDER' and t.task_def_key_ = '" + taskKey + "'");
  }

  static long mailed(DataSource database) {
    return query(database, "select count(*) from notification where kind = 'REMINDER' and mailed_at is not null");
  }

  /**
   * The reminders the mail server took so far, by the node that mailed them: confirmed, for a mailing job marks its
   * share mailed before it sends it.
   */
  static Map<String, Long> takenByNode(DataSource database) {
    Map<String, Long> mailed = new LinkedHashMap<>();
    try (Connection connection = database.getConnection(); var rows = connection.createStatement().executeQuery(
        "select mailed_by, count(*) from notification where kind = 'REMINDER' and confirmed_at is not null"
            + " group by mailed_by order by mailed_by")) {
      while (rows.next()) {
        mailed.put(rows.getString(1), rows.getLong(2));
      }
      return mailed;
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }

  static long mailingJobs(DataSource database) {
    return query(database, "select count(*) from act_ru_job where process_def_key_ = 'mail-notifications'");
  }

  static long query(DataSource database, String sql) {
    return PostgresDatabases.number(database, sql);
  }


  /**
   * The demo municipality with departments added under its administration division, up to {@code departments}, and people
   * in them so that the departments' groups hold {@code people} members with an address in all.
   */
  static Path organisation(Path directory, int departments, int people) throws Exception {
    String demo = new String(ReminderBurst.class.getResourceAsStream("/organization/demo-municipality.yaml").readAllBytes(),
        StandardCharsets.UTF_8);
    var departmentLine = Pattern.compile("\\{ id: ([a-z0-9-]+), type: department,.*manager: ([a-z0-9-]+)");
    var personLine = Pattern.compile("\\{ id: ([a-z0-9-]+),.*email: [^,}]+,.*unit: ([a-z0-9-]+)");
    Map<String, Set<String>> members = new HashMap<>();
    demo.lines().map(departmentLine::matcher).filter(matcher -> matcher.find()).forEach(matcher ->
        members.computeIfAbsent(matcher.group(1), unit -> new HashSet<>()).add(matcher.group(2)));
    demo.lines().map(personLine::matcher).filter(matcher -> matcher.find() && members.containsKey(matcher.group(2)))
        .forEach(matcher -> members.get(matcher.group(2)).add(matcher.group(1)));
    int existing = members.values().stream().mapToInt(Set::size).sum();
    int added = departments - members.size();
    String lastDepartment = demo.lines().filter(line -> line.contains("type: department")).reduce((a, b) -> b)
        .orElseThrow();
    String units = java.util.stream.IntStream.rangeClosed(1, added)
        .mapToObj(n -> "  - { id: unit-" + n + ", type: department, parent: administration, name: \"מחלקה " + n
            + "\", domains: [internal] }")
        .collect(Collectors.joining("\n"));
    var staff = new StringBuilder();
    for (int person = 0; person < people - existing; person++) {
      int unit = person % added + 1;
      staff.append("\n  - { id: staff-").append(person).append(", firstName: עובד, lastName: \"").append(person)
          .append("\", email: staff-").append(person).append("@ein-karmit.example, unit: unit-").append(unit)
          .append(" }");
    }
    String withUnits = demo.replace(lastDepartment, lastDepartment + "\n" + units);
    String lastPerson = withUnits.lines().filter(line -> line.contains("email: ")).reduce((a, b) -> b).orElseThrow();
    Path file = directory.resolve("organization-" + departments + "-" + people + ".yaml");
    Files.writeString(file, withUnits.replace(lastPerson, lastPerson + staff), StandardCharsets.UTF_8);
    return file;
  }
}
