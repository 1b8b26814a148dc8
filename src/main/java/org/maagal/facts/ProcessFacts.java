package org.maagal.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The application's own record of what each process instance, and each instance of a multi-instance activity,
 * is about ({@link Fact}). Written in the engine's transaction: when an instance or activity instance starts
 * ({@link ProcessFactsPlugin}), and when a delegate records what it computed ({@link #record}). A task's facts
 * are its process instance's, overridden by those of the activity instance it belongs to (a team, a member, a
 * gap of a multi-instance task).
 */
@Component
public class ProcessFacts {

  private final JdbcTemplate jdbc;

  ProcessFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Facts of(DelegateTask task) {
    return read("task " + task.getId(), task.getExecutionId(), task.getProcessInstanceId());
  }

  public Facts of(Task task) {
    return read("task " + task.getId(), task.getExecutionId(), task.getProcessInstanceId());
  }

  public Facts of(DelegateExecution execution) {
    return read("execution " + execution.getId(), execution.getId(), execution.getProcessInstanceId());
  }

  /**
   * Records what a delegate computed for the whole process instance (a vote's round, an assessment's id), and
   * sets the variable of the same name for the BPMN's expressions (a task's name, a call activity's output).
   */
  public void record(DelegateExecution execution, Fact fact, Object value) {
    write(execution.getProcessInstanceId(), execution.getProcessInstanceId(), fact, value);
    execution.setVariable(fact.variable(), value);
  }

  /**
   * The process instances whose recorded facts include all of these: the instances about a year's department. They are
   * looked up by the narrowest fact (a department has a few instances a year; a year or a round has thousands) through
   * the index on name and value, and each is checked for the others by its own key, one instance at a time: the same
   * few rows read whatever plan the database chooses. A join of the facts, its order left to PostgreSQL's planner,
   * took 42% of a 250-department year's time (docs/performance.md, "The facts' look-up").
   */
  public Set<String> instancesAbout(Map<Fact, ?> facts) {
    var narrowest = facts.keySet().stream().min(Comparator.comparing(Fact::broad)).orElseThrow();
    var sql = new StringBuilder("select f.execution_id from process_fact f where f.name = ? and f.fact_value = ?"
        + " and f.execution_id = f.process_instance_id");
    var arguments = new ArrayList<Object>(List.of(narrowest.name(), String.valueOf(facts.get(narrowest))));
    for (var fact : facts.entrySet()) {
      if (fact.getKey() != narrowest) {
        sql.append(" and exists (select 1 from process_fact g where g.execution_id = f.execution_id and g.name = ?"
            + " and g.fact_value = ?)");
        arguments.add(fact.getKey().name());
        arguments.add(String.valueOf(fact.getValue()));
      }
    }
    return new LinkedHashSet<>(jdbc.queryForList(sql.toString(), String.class, arguments.toArray()));
  }

  /** Update first, then insert: an execution that runs a sequential multi-instance activity starts it again. */
  void recordAtStart(DelegateExecution execution, Map<Fact, Object> given) {
    given.forEach((fact, value) -> write(execution.getId(), execution.getProcessInstanceId(), fact, value));
  }

  private void write(String executionId, String processInstanceId, Fact fact, Object value) {
    String text = String.valueOf(value);
    if (jdbc.update("update process_fact set fact_value = ? where execution_id = ? and name = ?", text, executionId,
        fact.name()) == 0) {
      jdbc.update("insert into process_fact (execution_id, name, fact_value, process_instance_id) values (?, ?, ?, ?)",
          executionId, fact.name(), text, processInstanceId);
    }
  }

  private Facts read(String about, String executionId, String processInstanceId) {
    var values = new EnumMap<Fact, String>(Fact.class);
    List<Map<String, Object>> rows = jdbc.queryForList(
        "select execution_id, name, fact_value from process_fact where execution_id in (?, ?)", executionId,
        processInstanceId);
    // the instance's facts first, then the activity instance's over them
    rows.stream().filter(row -> processInstanceId.equals(row.get("execution_id")))
        .forEach(row -> values.put(Fact.valueOf((String) row.get("name")), (String) row.get("fact_value")));
    rows.stream().filter(row -> !processInstanceId.equals(row.get("execution_id")))
        .forEach(row -> values.put(Fact.valueOf((String) row.get("name")), (String) row.get("fact_value")));
    return new Facts(about, values);
  }
}
