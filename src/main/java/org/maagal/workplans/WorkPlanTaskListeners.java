package org.maagal.workplans;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.maagal.cycle.CycleProcess;
import org.maagal.forms.FormValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the work-plan processes call: open the plan, show its summary in each task, submit the draft,
 * run the checks, record each review, compile the book and record the steering committee's decision.
 */
@Configuration(proxyBeanMethods = false)
class WorkPlanTaskListeners {

  private static final Map<String, ReviewStep> STEPS = Map.of(WorkPlansProcess.ALIGNMENT_TASK, ReviewStep.ALIGNMENT,
      WorkPlansProcess.BUDGET_TASK, ReviewStep.BUDGET, WorkPlansProcess.CEO_TASK, ReviewStep.CEO);

  @Bean
  JavaDelegate openWorkPlan(WorkPlanService plans) {
    return execution -> plans.open(year(execution), department(execution));
  }

  @Bean
  TaskListener showWorkPlanSummary(WorkPlanService plans) {
    return task -> task.getExecution().setVariable(WorkPlansProcess.SUMMARY,
        plans.summary(year(task), department(task)));
  }

  @Bean
  TaskListener submitWorkPlan(WorkPlanService plans) {
    return task -> plans.submit(year(task), department(task), FormValues.of(task).actor());
  }

  @Bean
  JavaDelegate checkWorkPlan(WorkPlanService plans) {
    return (DelegateExecution execution) -> execution.setVariable(WorkPlansProcess.CHECKS_PASSED,
        plans.check(year(execution), department(execution)));
  }

  @Bean
  TaskListener reviewWorkPlan(WorkPlanService plans) {
    return task -> {
      var form = FormValues.of(task);
      boolean approved = "approve".equals(form.text(WorkPlansProcess.DECISION));
      plans.review(form.year(), department(task), STEPS.get(task.getTaskDefinitionKey()), approved,
          form.text(WorkPlansProcess.REVIEW_COMMENTS), form.actor());
      task.getExecution().setVariable(WorkPlansProcess.APPROVED, approved);
    };
  }

  @Bean
  TaskListener compileWorkPlanBook(WorkPlanBookService books) {
    return task -> task.getExecution().setVariable(WorkPlansProcess.BOOK_EDITION,
        books.compile(FormValues.of(task).year(), FormValues.of(task).actor()));
  }

  @Bean
  TaskListener decideWorkPlanBook(WorkPlanBookService books) {
    return task -> {
      var form = FormValues.of(task);
      boolean approved = "approve".equals(form.text(WorkPlansProcess.BOOK_DECISION));
      books.decide(form.year(), approved, form.text(WorkPlansProcess.BOOK_COMMENTS), form.actor());
      task.getExecution().setVariable(WorkPlansProcess.BOOK_APPROVED, approved);
    };
  }

  private static int year(VariableScope scope) {
    return ((Number) scope.getVariable(CycleProcess.YEAR)).intValue();
  }

  private static String department(VariableScope scope) {
    return (String) scope.getVariable(CycleProcess.DEPARTMENT_ID);
  }

  /** Keeps the summary in the department's open task up to date while the plan is edited on the page. */
  @Component
  static class SummaryRefresh {

    private final RuntimeService runtime;
    private final WorkPlanService plans;

    SummaryRefresh(RuntimeService runtime, WorkPlanService plans) {
      this.runtime = runtime;
      this.plans = plans;
    }

    @EventListener
    void on(WorkPlanEdited edited) {
      var summary = plans.summary(edited.year(), edited.departmentId());
      runtime.createProcessInstanceQuery().processDefinitionKey(WorkPlansProcess.DEPARTMENT_PROCESS_ID)
          .variableValueEquals(CycleProcess.YEAR, edited.year())
          .variableValueEquals(CycleProcess.DEPARTMENT_ID, edited.departmentId()).active().list()
          .forEach(instance -> runtime.setVariable(instance.getId(), WorkPlansProcess.SUMMARY, summary));
    }
  }
}
