package org.maagal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * A stand-in, in a process test, for a delegate or listener that a BPMN names ({@code ${checkWorkPlan}}): it
 * records where it was called, and sets the variables the test told it to on its next call — the flag a gateway
 * after it reads, as the real bean would from the form and the application's data.
 */
public final class Stub implements JavaDelegate, TaskListener, ExecutionListener {

  private final List<String> calls = new ArrayList<>();
  private final Deque<Map<String, Object>> answers = new ArrayDeque<>();
  private final Deque<RuntimeException> failures = new ArrayDeque<>();

  private Stub() {
  }

  /** A stub under the name the BPMN uses, for this test. */
  public static Stub register(String name) {
    var stub = new Stub();
    Mocks.register(name, stub);
    return stub;
  }

  /** On its next call (after those already told), the stub sets this process variable. */
  public Stub willSet(String variable, Object value) {
    return willSet(Map.of(variable, value));
  }

  /** On its next call (after those already told), the stub sets these process variables. */
  public Stub willSet(Map<String, Object> variables) {
    answers.add(variables);
    return this;
  }

  /** Its next call throws this, as the real bean would when what it calls fails. */
  public Stub willFail(RuntimeException failure) {
    failures.add(failure);
    return this;
  }

  /** Where it was called, in order: the task's or the activity's id. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public void execute(DelegateExecution execution) {
    called(execution.getCurrentActivityId(), execution::setVariable);
  }

  @Override
  public void notify(DelegateExecution execution) {
    called(execution.getCurrentActivityId(), execution::setVariable);
  }

  @Override
  public void notify(DelegateTask task) {
    called(task.getTaskDefinitionKey(), task.getExecution()::setVariable);
  }

  private void called(String where, BiConsumer<String, Object> setVariable) {
    if (!failures.isEmpty()) {
      throw failures.poll();
    }
    calls.add(where);
    var answer = answers.poll();
    if (answer != null) {
      answer.forEach(setVariable);
    }
  }
}
