package org.maagal.organization;

import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import java.util.ArrayList;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A process instance started for one department (its recorded {@code departmentId}) becomes
 * readable by that department's group, and by no other department. Declared once for every
 * process, instead of a listener in each BPMN file.
 */
@Component
class DepartmentProcessAccessPlugin extends AbstractProcessEnginePlugin {

  private final ProcessFacts facts;

  DepartmentProcessAccessPlugin(ProcessFacts facts) {
    this.facts = facts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, new GrantDepartmentRead());
      }
    });
  }

  /** Runs after {@code ProcessFactsPlugin}'s start listener (a pre-parse listener), which recorded the department. */
  private final class GrantDepartmentRead implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
      if (!execution.getId().equals(execution.getProcessInstanceId())) {
        return;
      }
      var departmentId = facts.of(execution).find(Fact.DEPARTMENT_ID);
      if (departmentId.isEmpty()) {
        return;
      }
      String groupId = Organization.departmentGroupId(departmentId.get());
      String instanceId = execution.getProcessInstanceId();
      var grants = new EngineGrants(execution.getProcessEngineServices().getAuthorizationService());
      // Whoever completed the step that started this instance may not write grants themselves.
      Context.getCommandContext().runWithoutAuthorization(() -> {
        grants.grantGroup(groupId, Resources.PROCESS_INSTANCE, instanceId, ProcessInstancePermissions.READ);
        grants.grantGroup(groupId, Resources.HISTORIC_PROCESS_INSTANCE, instanceId,
            HistoricProcessInstancePermissions.READ);
        return null;
      });
    }
  }
}
