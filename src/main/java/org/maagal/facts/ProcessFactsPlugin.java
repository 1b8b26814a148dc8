package org.maagal.facts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Records the facts given at start, for every process: when an instance starts, those among its start
 * variables (set by the application, or handed down by the calling process), and when an instance of a
 * multi-instance activity starts, its element variable (a team, a member, a gap from the application's own
 * collection). At those two moments no user has yet had a task in that scope to set a variable through.
 * Declared once here instead of a listener in each BPMN file.
 */
@Component
class ProcessFactsPlugin extends AbstractProcessEnginePlugin {

  private final ProcessFacts facts;

  ProcessFactsPlugin(ProcessFacts facts) {
    this.facts = facts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new RecordFactsAtStart());
  }

  private final class RecordFactsAtStart extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      // built in, not custom: an instance started at an activity with its listeners skipped (Cockpit's
      // modification, the REST API's skipCustomListeners) still records what it is about
      processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) this::instanceStarted);
    }

    private void instanceStarted(DelegateExecution execution) {
      if (!execution.getId().equals(execution.getProcessInstanceId())) {
        return;
      }
      var given = new EnumMap<Fact, Object>(Fact.class);
      execution.getVariablesLocal().forEach((name, value) -> Fact.ofVariable(name).filter(Fact::givenAtStart)
          .filter(fact -> value != null).ifPresent(fact -> given.put(fact, value)));
      facts.recordAtStart(execution, given);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      recordElementVariable(element, activity);
    }

    @Override
    public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
      recordElementVariable(element, activity);
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      recordElementVariable(element, activity);
    }

    @Override
    public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
      recordElementVariable(element, activity);
    }

    @Override
    public void parseTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      recordElementVariable(element, activity);
    }

    private void recordElementVariable(Element element, ActivityImpl activity) {
      Element loop = element.element("multiInstanceLoopCharacteristics");
      String elementVariable = loop == null ? null
          : loop.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "elementVariable");
      Fact.ofVariable(elementVariable).filter(Fact::givenAtStart).ifPresent(fact ->
          activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
            Object value = execution.getVariable(fact.variable());
            if (value != null) {
              facts.recordAtStart(execution, Map.of(fact, value));
            }
          }));
    }
  }
}
