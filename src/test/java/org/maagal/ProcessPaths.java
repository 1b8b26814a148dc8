package org.maagal;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process tests' engine, and their check that every path of a process is walked. A process test
 * ({@code <ProcessId>ProcessTest}) registers it for the process it walks:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ProcessPaths paths = ProcessPaths.of("department-work-plan");
 * </pre>
 *
 * It is the camunda-bpm-junit5 extension ({@code @Deployment}, the engine's services) on one small in-memory engine
 * for the whole JVM, without Spring: the job executor is off, history is full, and every {@code ${name}} of a BPMN
 * resolves to what the test registered with {@code Mocks.register} (reset after each test). camunda-bpm-assert's
 * static helpers are bound to that engine during each test.
 *
 * <p>The engine records every sequence flow it takes. When every test of the class has run (or is disabled), the
 * class fails unless each sequence flow of the process's BPMN was taken by at least one of its tests, naming those
 * that were not: a gateway branch, a return loop or a timer's way on that is added without a test fails the build.
 * A run of only some of the class's tests (one method picked on the command line) skips the check.
 */
public final class ProcessPaths extends ProcessEngineExtension implements BeforeAllCallback {

  private static final Logger log = LoggerFactory.getLogger(ProcessPaths.class);

  /** Sequence flows taken, by process definition key. */
  private static final Map<String, Set<String>> TAKEN = new ConcurrentHashMap<>();

  private final String processId;
  private final Set<String> finished = new HashSet<>();
  private boolean anyFailed;

  private ProcessPaths(String processId) {
    this.processId = processId;
  }

  /** The extension for the test class of this process (its id, which is also its file's name in {@code processes/}). */
  public static ProcessPaths of(String processId) {
    return new ProcessPaths(processId);
  }

  public String processId() {
    return processId;
  }

  /**
   * Deploys a stand-in for a process that the process under test calls: it waits in one user task,
   * {@code standIn}, until the test completes it (with the variables the caller reads back, if any). Deleted
   * after the test.
   */
  public void deployStandIn(String calledProcessId) {
    var model = Bpmn.createExecutableProcess(calledProcessId).camundaHistoryTimeToLive(1)
        .startEvent().userTask("standIn").name("stand-in for " + calledProcessId).endEvent().done();
    manageDeployment(getRepositoryService().createDeployment().name("stand-in " + calledProcessId)
        .addModelInstance(calledProcessId + ".bpmn", model).deploy());
  }

  /**
   * Where a multi-instance activity with {@code camunda:asyncBefore} waits, and whose job starts its instances: its
   * multi-instance body ({@code isWaitingAt(fanOut("departmentWorkPlans"))}, {@code job(fanOut(...))}).
   */
  public static String fanOut(String activityId) {
    return activityId + "#multiInstanceBody";
  }

  // --- the engine

  @Override
  protected void initializeProcessEngine() {
    setProcessEngine(SharedEngine.ENGINE);
  }

  private static final class SharedEngine {

    static final ProcessEngine ENGINE = build();

    private static ProcessEngine build() {
      var configuration = new StandaloneInMemProcessEngineConfiguration();
      configuration.setProcessEngineName("maagal-process-tests");
      configuration.setJdbcUrl("jdbc:h2:mem:maagal-process-tests;DB_CLOSE_DELAY=-1");
      configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setJobExecutorActivate(false);
      configuration.setMetricsEnabled(false);
      // no process calls a decision: the decision tables have tests of their own
      configuration.setDmnEnabled(false);
      configuration.setExpressionManager(new MockExpressionManager());
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new RecordTakenFlows())));
      return configuration.buildProcessEngine();
    }
  }

  /** Adds a listener to every sequence flow of every process the engine deploys, which records it when taken. */
  private static final class RecordTakenFlows extends AbstractBpmnParseListener {

    @Override
    public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
      String processKey = ((ProcessDefinitionEntity) transition.getProcessDefinition()).getKey();
      String flowId = transition.getId();
      transition.addListener(ExecutionListener.EVENTNAME_TAKE,
          (ExecutionListener) execution -> TAKEN.computeIfAbsent(processKey, key -> ConcurrentHashMap.newKeySet())
              .add(flowId));
    }
  }

  // --- each test

  @Override
  public void beforeAll(ExtensionContext context) {
    // the flows this class's tests take; the test classes run one after the other (no parallel execution)
    TAKEN.remove(processId);
    finished.clear();
    anyFailed = false;
  }

  @Override
  public void beforeTestExecution(ExtensionContext context) {
    super.beforeTestExecution(context);
    BpmnAwareTests.init(getProcessEngine());
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    try {
      super.afterTestExecution(context);
    } finally {
      Mocks.reset();
      BpmnAwareTests.reset();
    }
  }

  @Override
  public void testSuccessful(ExtensionContext context) {
    context.getTestMethod().ifPresent(method -> finished.add(method.getName()));
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    // a disabled test walks nothing: its paths count as untested
    context.getTestMethod().ifPresent(method -> finished.add(method.getName()));
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    context.getTestMethod().ifPresent(method -> finished.add(method.getName()));
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    anyFailed = true;
  }

  // --- after the class: every path walked?

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    super.afterAll(context);
    var testClass = context.getRequiredTestClass();
    if (anyFailed) {
      return; // the failure says enough; paths it did not reach would only add noise
    }
    var declared = ReflectionSupport.findMethods(testClass,
        method -> AnnotationSupport.isAnnotated(method, Testable.class), HierarchyTraversalMode.TOP_DOWN)
        .stream().map(Method::getName).toList();
    if (!finished.containsAll(declared)) {
      log.info("{}: only some of its tests ran, so the paths of {} are not checked", testClass.getSimpleName(),
          processId);
      return;
    }
    var untaken = new TreeSet<>(sequenceFlowsOf(processId));
    untaken.removeAll(TAKEN.getOrDefault(processId, Set.of()));
    if (!untaken.isEmpty()) {
      throw new AssertionError("No test of " + testClass.getSimpleName() + " takes these sequence flows of "
          + processId + ".bpmn: " + untaken + ". Walk each in a test (a gateway's branch, a return, a timer).");
    }
  }

  /** The ids of every sequence flow in the process's BPMN file, read from the class path as the tests deploy it. */
  static Set<String> sequenceFlowsOf(String processId) throws IOException {
    try (var bpmn = ProcessPaths.class.getClassLoader().getResourceAsStream(processId + ".bpmn")) {
      if (bpmn == null) {
        throw new IllegalStateException("No " + processId + ".bpmn on the class path (processes/ is a resource root)");
      }
      var ids = new TreeSet<String>();
      Bpmn.readModelFromStream(bpmn).getModelElementsByType(SequenceFlow.class).forEach(flow -> ids.add(flow.getId()));
      return ids;
    }
  }
}
