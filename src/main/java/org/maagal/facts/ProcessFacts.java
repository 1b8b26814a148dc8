package org.maagal.facts;

import java.util.ArrayList;
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

  /** The process instances whose recorded facts include all of these: the instances about a year's department. */
  public Set<String> instancesAbout(Map<Fact, ?> facts) {
    var sql = new StringBuilder("select f0.execution_id from process_fact f0");
    var arguments = new ArrayList<Object>();
    int i = 0;
    for (var fact : facts.entrySet()) {
      if (i > 0) {
        sql.append(" join process_fact f").append(i).append(" on f").append(i).append(".execution_id = f0.execution_id");
      }
      i++;
    }
    sql.append(" where f0.execution_id = f0.process_instance_id");
    i = 0;
    for (var fact : facts.entrySet()) {
      sql.append(" and f").append(i).append(".name = ? and f").append(i).append(".fact_value = ?");
      arguments.add(fact.getKey().name());
      arguments.add(String.valueOf(fact.getValue()));
      i++;
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
