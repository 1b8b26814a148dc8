package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.maagal.meetings.Choice;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.MaagalIntegrationTest;
import org.maagal.WebappSession;
import org.maagal.facts.Fact;
import org.maagal.organization.Organization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated, not written by example: every user task of every deployed process is completed by its rightful user
 * with each routing variable of its process — who or what the task is about — set to a foreign value, through
 * {@code /engine-rest} ({@code submit-form} and {@code complete}), and once more as a variable write of its own.
 * Each is refused (400 naming the variable, or 403 for the variable write) and nothing changes: not the
 * instance's variables, not its history, not the task, not any of the application's tables. A new process, or a
 * new task, is covered without writing a test.
 *
 * <p>The routing variables of a process are those its model routes or names by — the identifiers in its
 * candidate groups, assignees, task names and multi-instance collections, its multi-instance element variables,
 * the variables its callers hand it — and every {@link Fact}. Each task is reached by starting an instance at it
 * (the process instance modification API, listeners skipped), so no other phase has to run first.
 */
@MaagalIntegrationTest
class ForeignValuesCompletionIntegrationTest {

  static final int YEAR = 2060;
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([a-zA-Z_]\\w*)\\b(?!\\s*\\()");
  private static final Set<String> LANGUAGE = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
      "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task");

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  IdentityService identity;
  @Autowired
  ApplicationContext context;
  @Autowired
  Organization organization;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ObjectMapper json;
  @Autowired
  MeetingsAtOnce meetings;
  /** A meeting held and the action item it gave, for the meetings' processes to be about. */
  private long meetingId;
  private long actionItemId;

  @TestFactory
  Stream<DynamicTest> everyUserTaskRefusesForeignValuesFromItsRightfulUser() {
    meetingId = meetings.holdNow("team-urban", YEAR, Choice.FOR, null, List.of(),
        List.of(new MeetingsAtOnce.GivenAction("משימה לדוגמה", "PERSON", "yoav-shalev", 5)));
    actionItemId = jdbc.queryForObject("select id from action_item where meeting_id = ?", Long.class, meetingId);
    var definitions = repository.createProcessDefinitionQuery().latestVersion().list();
    var handedDown = variablesHandedDown(definitions);
    var cases = new ArrayList<DynamicTest>();
    for (ProcessDefinition definition : definitions) {
      var model = repository.getBpmnModelInstance(definition.getId());
      var routing = routingVariables(model);
      routing.addAll(handedDown.getOrDefault(definition.getKey(), Set.of()));
      for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
        cases.add(DynamicTest.dynamicTest(definition.getKey() + " / " + userTask.getId(),
            () -> refusesForeignValues(definition, userTask.getId(), routing)));
      }
    }
    assertThat(cases).as("the deployed processes have user tasks").hasSizeGreaterThanOrEqualTo(20);
    return cases.stream();
  }

  private void refusesForeignValues(ProcessDefinition definition, String taskKey, Set<String> routing) {
    var instance = runtime.createProcessInstanceById(definition.getId()).businessKey("foreign-values-" + YEAR)
        .setVariables(sampleValues(routing)).startBeforeActivity(taskKey).execute(true, false);
    try {
      Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
      assertThat(task).as("an open " + taskKey).isNotNull();
      String user = rightfulUser(task);
      var client = RawClient.as(port, user, "ein-karmit-demo");
      var before = snapshot(instance.getId(), task.getId());
      for (String variable : routing) {
        String body = "{\"variables\": {\"" + variable + "\": {\"value\": " + json(foreignValue(variable)) + "}}}";
        for (String action : List.of("submit-form", "complete")) {
          var response = client.json("POST", "/engine-rest/task/" + task.getId() + "/" + action, body);
          RawClient.assertProblem(response, 400);
          assertThat(response.body()).as(user + " completes " + taskKey + " with " + variable).contains(variable);
        }
        var write = client.json("POST", "/engine-rest/task/" + task.getId() + "/variables",
            "{\"modifications\": {\"" + variable + "\": {\"value\": " + json(foreignValue(variable)) + "}}}");
        RawClient.assertProblem(write, 403);
      }
      assertThat(snapshot(instance.getId(), task.getId())).as("nothing changed after " + taskKey).isEqualTo(before);
    } finally {
      runtime.deleteProcessInstance(instance.getId(), "foreign values tried", true, true);
    }
  }

  /** Through Tasklist's own door too: the web apps' copy of the REST API, on a logged-in session. */
  @Test
  void tasklistSubmissionWithAForeignDepartmentIsRefused() throws Exception {
    var definition = repository.createProcessDefinitionQuery().processDefinitionKey("department-assessment")
        .latestVersion().singleResult();
    var instance = runtime.createProcessInstanceById(definition.getId()).businessKey("foreign-values-" + YEAR)
        .setVariables(sampleValues(Set.of("year", "departmentId", "departmentName")))
        .startBeforeActivity("submitDepartmentAssessment").execute(true, false);
    try {
      Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      var session = new WebappSession(port);
      assertThat(session.login(rightfulUser(task), "ein-karmit-demo", "tasklist")).isEqualTo(200);
      var before = snapshot(instance.getId(), task.getId());
      var response = session.send("POST", "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form",
          "{\"variables\": {\"state\": {\"value\": \"מצב\"}, \"departmentId\": {\"value\": \"youth\"}}}",
          session.csrfToken());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).contains("departmentId");
      assertThat(snapshot(instance.getId(), task.getId())).isEqualTo(before);
    } finally {
      runtime.deleteProcessInstance(instance.getId(), "foreign values tried", true, true);
    }
  }

  /**
   * The variables a process routes or names by: identifiers in candidate groups, assignees, names, collections,
   * its multi-instance element variables, and every fact.
   */
  private Set<String> routingVariables(BpmnModelInstance model) {
    var names = new LinkedHashSet<String>();
    for (Fact fact : Fact.values()) {
      names.add(fact.variable());
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      identifiersIn(task.getCamundaCandidateGroups(), names);
      identifiersIn(task.getCamundaAssignee(), names);
      identifiersIn(task.getName(), names);
    }
    for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
      identifiersIn(loop.getCamundaCollection(), names);
      if (loop.getCamundaElementVariable() != null) {
        names.add(loop.getCamundaElementVariable());
      }
    }
    return names;
  }

  /** What each process's callers hand it ({@code camunda:in} targets), by called process. */
  private Map<String, Set<String>> variablesHandedDown(List<ProcessDefinition> definitions) {
    var handed = new HashMap<String, Set<String>>();
    for (ProcessDefinition definition : definitions) {
      var model = repository.getBpmnModelInstance(definition.getId());
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        for (CamundaIn in : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
          if (in.getCamundaTarget() != null) {
            handed.computeIfAbsent(call.getCalledElement(), key -> new LinkedHashSet<>()).add(in.getCamundaTarget());
          }
        }
      }
    }
    return handed;
  }

  private void identifiersIn(String text, Set<String> names) {
    if (text == null) {
      return;
    }
    var expressions = EXPRESSION.matcher(text);
    while (expressions.find()) {
      var identifiers = IDENTIFIER.matcher(expressions.group(1));
      while (identifiers.find()) {
        String name = identifiers.group(1);
        if (!LANGUAGE.contains(name) && !context.containsBean(name)) {
          names.add(name);
        }
      }
    }
  }

  /** Values that let every expression of the process evaluate: a real department, team, member and person. */
  private Map<String, Object> sampleValues(Set<String> names) {
    var values = new HashMap<String, Object>();
    for (String name : names) {
      values.put(name, sampleValue(name));
    }
    return values;
  }

  private Object sampleValue(String name) {
    return switch (name) {
      case "year" -> YEAR;
      case "departmentId" -> "schools";
      case "teamId" -> organization.workingTeamIds().get(0);
      case "memberId" -> organization.committeeMemberIds(organization.designCommittee().id()).get(0);
      case "escalateTo" -> "orna-katz";
      case "round" -> "SEMI_ANNUAL";
      case "cycleId", "gapId", "assessmentId" -> 1L;
      case "meetingId" -> meetingId;
      case "actionItemId" -> actionItemId;
      case "goalTreeVersion", "voteRound", "lateBusinessDays" -> 1;
      default -> "ערך לדוגמה";
    };
  }

  /** Another department, team, member or person, another year, another id. */
  private Object foreignValue(String name) {
    return switch (name) {
      case "departmentId" -> "youth";
      case "teamId" -> organization.workingTeamIds().get(1);
      case "memberId" -> organization.committeeMemberIds(organization.designCommittee().id()).get(1);
      case "escalateTo", "approvedBy" -> "yael-dror";
      default -> sampleValue(name) instanceof Number number ? number.longValue() + 1 : "foreign-" + name;
    };
  }

  private String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The task's assignee, else a member of its first candidate group: the person the task is for. */
  private String rightfulUser(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    var group = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null).findFirst()
        .orElseThrow(() -> new AssertionError(task.getTaskDefinitionKey() + " has neither assignee nor candidate group"))
        .getGroupId();
    var member = identity.createUserQuery().memberOfGroup(group).listPage(0, 1);
    assertThat(member).as("a member of " + group).isNotEmpty();
    return member.get(0).getId();
  }

  /**
   * Everything a completion could change: the instance's variables (its tasks' too) and their history, the task,
   * and every row of the application's own tables.
   */
  private Map<String, Object> snapshot(String processInstanceId, String taskId) {
    var state = new TreeMap<String, Object>();
    runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId).list().forEach(variable ->
        state.put("variable " + variable.getExecutionId() + "/" + variable.getTaskId() + "/" + variable.getName(),
            String.valueOf(variable.getValue())));
    state.put("history of variables",
        history.createHistoricDetailQuery().processInstanceId(processInstanceId).count());
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    state.put("task", task == null ? "completed" : task.getAssignee() + " " + task.getDueDate());
    for (String table : jdbc.queryForList("select table_name from information_schema.tables"
        + " where lower(table_schema) = 'public' and lower(table_name) not like 'act\\_%'"
        + " and lower(table_name) not like 'flyway%' order by table_name", String.class)) {
      state.put("table " + table, contentHash(table));
    }
    return state;
  }

  /** A hash of every value of every row of the table, in its order by the first column, read as text row by row. */
  private long contentHash(String table) {
    return jdbc.query("select * from " + table + " order by 1", (ResultSet rows) -> {
      int columns = rows.getMetaData().getColumnCount();
      long hash = 17;
      while (rows.next()) {
        for (int column = 1; column <= columns; column++) {
          hash = 31 * hash + Objects.hashCode(rows.getString(column));
        }
      }
      return hash;
    });
  }
}
