package org.maagal.dashboard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.maagal.clock.ApplicationClock;
import org.maagal.deadlines.LateTask;
import org.maagal.documents.IsraeliFormat;
import org.maagal.deadlines.LateTasks;
import org.maagal.organization.Organization;
import org.maagal.organization.Person;
import org.maagal.spreadsheets.CsvFile;
import org.springframework.stereotype.Service;

/**
 * The late tasks of a cycle as the dashboard lists them: filtered and sorted by the page's query parameters, and
 * as CSV for Excel.
 */
@Service
class LateWork {

  static final List<String> CSV_HEADER = List.of("משימה", "מחלקה", "אחראי/ת או קבוצה", "מועד", "ימי עבודה באיחור",
      "רמת הסלמה", "סיבה", "מסר/ה את הסיבה", "הארכות", "שינויים", "קישור");

  private final LateTasks late;
  private final Organization organization;

  LateWork(LateTasks late, Organization organization) {
    this.late = late;
    this.organization = organization;
  }

  /** A late task with the names a reader knows: its department's, and its assignee's or groups'. */
  record LateRow(LateTask task, String departmentName, String who) {
  }

  /** What the page asks for: a department, a least escalation level, words of the task's name; the order. */
  record Filter(String department, Integer level, String text, String sort, boolean descending) {
  }

  List<LateRow> rows(int year, DashboardAccess access, Filter filter) {
    Comparator<LateRow> order = switch (filter.sort() == null ? "late" : filter.sort()) {
      case "due" -> Comparator.comparing(row -> row.task().due());
      case "department" -> Comparator.comparing(LateRow::departmentName, Comparator.nullsLast(Comparator.naturalOrder()));
      case "level" -> Comparator.comparingInt(row -> row.task().escalationLevel());
      case "name" -> Comparator.comparing(row -> row.task().name());
      default -> Comparator.comparingInt(row -> row.task().lateBusinessDays());
    };
    order = filter.descending() ? order.reversed() : order;
    return late.all(year, access.caller()).stream()
        // LateTasks hands the caller only what it may see; a department manager's page keeps to their departments
        .filter(task -> !access.ownOnly() || access.sees(task.departmentId()))
        .filter(task -> filter.department() == null || filter.department().isBlank()
            || filter.department().equals(task.departmentId()))
        .filter(task -> filter.level() == null || task.escalationLevel() >= filter.level())
        .filter(task -> filter.text() == null || filter.text().isBlank()
            || task.name().toLowerCase(Locale.ROOT).contains(filter.text().strip().toLowerCase(Locale.ROOT)))
        .map(task -> new LateRow(task, task.departmentId() == null ? null : organization.unitName(task.departmentId()),
            who(task)))
        .sorted(order.thenComparing(row -> row.task().taskId()))
        .toList();
  }

  /** The rows as CSV with Hebrew headers: late reasons and names are typed by people, so through {@link CsvFile}. */
  byte[] csv(List<LateRow> rows, String baseUrl) {
    return CsvFile.write(CSV_HEADER, rows.stream().map(row -> {
      var task = row.task();
      return Arrays.asList(task.name(), row.departmentName(), row.who(),
          task.due() == null ? null : IsraeliFormat.day(LocalDate.ofInstant(task.due(), ApplicationClock.ISRAEL)),
          task.lateBusinessDays(), levelName(task.escalationLevel()), task.reason(), task.reasonBy(),
          task.extensions(), String.join(" | ", task.changes()), baseUrl + DashboardLinks.tasklist(task.taskId()));
    }).toList());
  }

  static String levelName(int level) {
    return switch (level) {
      case 0 -> "טרם הוסלם";
      case 1 -> "הוסלם למנהל/ת";
      default -> "הוסלם למנכ\"ל וליחידה";
    };
  }

  private String who(LateTask task) {
    if (task.assignee() != null) {
      return organization.person(task.assignee()).map(LateWork::name).orElse(task.assignee());
    }
    return String.join(", ", task.candidateGroups().stream().map(this::groupName).toList());
  }

  private String groupName(String groupId) {
    if (groupId.startsWith(Organization.departmentGroupId(""))) {
      return organization.unitName(groupId.substring(Organization.departmentGroupId("").length()));
    }
    if (groupId.startsWith("committee-")) {
      return organization.committeeName(groupId.substring("committee-".length()));
    }
    return groupId;
  }

  static String name(Person person) {
    return person.firstName() + " " + person.lastName();
  }
}
