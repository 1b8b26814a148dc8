package org.maagal.workplans;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import org.maagal.forms.FormValues;
import org.maagal.meetings.CommitteeAgenda;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
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
  /** Who reviews at each step, as the BPMN's candidate groups say. */
  private static final Map<String, Role> REVIEWERS = Map.of(WorkPlansProcess.ALIGNMENT_TASK, Role.STRATEGY_UNIT,
      WorkPlansProcess.BUDGET_TASK, Role.FINANCE, WorkPlansProcess.CEO_TASK, Role.CEO);

  @Bean
  JavaDelegate openWorkPlan(WorkPlanService plans, ProcessFacts facts) {
    return execution -> {
      var about = facts.of(execution);
      plans.open(about.year(), about.departmentId());
    };
  }

  @Bean
  TaskListener showWorkPlanSummary(WorkPlanService plans, ProcessFacts facts) {
    return task -> {
      var about = facts.of(task);
      task.getExecution().setVariable(WorkPlansProcess.SUMMARY, plans.summary(about.year(), about.departmentId()));
    };
  }

  @Bean
  TaskListener submitWorkPlan(WorkPlanService plans, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      var about = facts.of(task);
      form.requireCallerIn(Organization.departmentGroupId(about.departmentId()));
      plans.submit(about.year(), about.departmentId(), form.actor());
    };
  }

  @Bean
  JavaDelegate checkWorkPlan(WorkPlanService plans, ProcessFacts facts) {
    return (DelegateExecution execution) -> {
      var about = facts.of(execution);
      execution.setVariable(WorkPlansProcess.CHECKS_PASSED, plans.check(about.year(), about.departmentId()));
    };
  }

  @Bean
  TaskListener reviewWorkPlan(WorkPlanService plans, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(REVIEWERS.get(task.getTaskDefinitionKey()).groupId());
      var about = facts.of(task);
      boolean approved = "approve".equals(form.text(WorkPlansProcess.DECISION));
      plans.review(about.year(), about.departmentId(), STEPS.get(task.getTaskDefinitionKey()), approved, form.text(WorkPlansProcess.REVIEW_COMMENTS),
          form.actor());
      task.getExecution().setVariable(WorkPlansProcess.APPROVED, approved);
    };
  }

  /** The amendment's review path: finance and the CEO after the strategy unit, as the money it moves requires. */
  @Bean
  JavaDelegate sizeAmendment(PlanAmendments amendments, ProcessFacts facts) {
    return execution -> {
      var about = facts.of(execution);
      var path = amendments.pathOf(about.year(), about.departmentId());
      execution.setVariable(WorkPlansProcess.AMENDMENT_NEEDS_FINANCE, path.needsFinance());
      execution.setVariable(WorkPlansProcess.AMENDMENT_NEEDS_CEO, path.needsCeo());
    };
  }

  @Bean
  JavaDelegate approveAmendment(WorkPlanService plans, ProcessFacts facts) {
    return execution -> {
      var about = facts.of(execution);
      plans.approveAmendment(about.year(), about.departmentId());
    };
  }

  @Bean
  TaskListener compileWorkPlanBook(WorkPlanBookService books, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(Role.STRATEGY_UNIT.groupId());
      task.getExecution().setVariable(WorkPlansProcess.BOOK_EDITION, books.compile(facts.of(task).year(), form.actor()));
    };
  }

  @Bean
  ExecutionListener decideWorkPlanBook(WorkPlanBookService books, CommitteeAgenda agenda, ProcessFacts facts) {
    return execution -> {
      var verdict = agenda.verdictFor(execution);
      books.decide(facts.of(execution).year(), verdict.approved(), verdict.wording(), verdict.decidedBy());
      execution.setVariable(WorkPlansProcess.BOOK_APPROVED, verdict.approved());
    };
  }

  /** The compiled book goes on the steering committee's next agenda. */
  @Bean
  ExecutionListener putBookOnSteeringAgenda(CommitteeAgenda agenda, Organization organization, ProcessFacts facts) {
    return execution -> {
      int year = facts.of(execution).year();
      agenda.awaitDecision(execution, organization.steeringCommittee().id(), "אישור ספר תכניות העבודה " + year,
          "ספר תכניות העבודה של כל המחלקות, מקושר לתקציב; נוסח המחלקות כפי שאושר בידי המנכ\"ל.",
          "/api/cycles/" + year + "/book.pdf");
    };
  }

  /** Keeps the summary in the department's open task up to date while the plan is edited on the page. */
  @Component
  static class SummaryRefresh {

    private final RuntimeService runtime;
    private final WorkPlanService plans;
    private final ProcessFacts facts;

    SummaryRefresh(RuntimeService runtime, WorkPlanService plans, ProcessFacts facts) {
      this.runtime = runtime;
      this.plans = plans;
      this.facts = facts;
    }

    @EventListener
    void on(WorkPlanEdited edited) {
      var summary = plans.summary(edited.year(), edited.departmentId());
      var instances = facts.instancesAbout(Map.of(Fact.YEAR, edited.year(), Fact.DEPARTMENT_ID, edited.departmentId()));
      if (instances.isEmpty()) {
        return;
      }
      runtime.createProcessInstanceQuery()
          .processDefinitionKeyIn(WorkPlansProcess.DEPARTMENT_PROCESS_ID, WorkPlansProcess.AMENDMENT_PROCESS_ID)
          .processInstanceIds(instances).active().list()
          .forEach(instance -> runtime.setVariable(instance.getId(), WorkPlansProcess.SUMMARY, summary));
    }
  }
}
