package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every BPMN file is readable by people and routable by the engine, before anything runs it. */
class ProcessModelsTest {

  static List<Path> bpmnFiles() throws IOException {
    try (var files = Files.list(Path.of("processes"))) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void processIdEqualsFileNameAndHistoryIsKept(Path file) {
    var model = Bpmn.readModelFromFile(file.toFile());
    var processes = model.getModelElementsByType(Process.class);

    assertThat(processes).singleElement().satisfies(process -> {
      assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
      assertThat(process.isExecutable()).isTrue();
      assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
      assertThat(process.getName()).isNotBlank();
    });
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyElementIsNamedAndDrawn(Path file) {
    var model = Bpmn.readModelFromFile(file.toFile());
    var drawn = model.getModelElementsByType(BpmnShape.class).stream()
        .map(shape -> shape.getBpmnElement().getId()).toList();

    for (var node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
      assertThat(drawn).as("diagram of %s", file).contains(node.getId());
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyUserTaskGoesToAGroupOrAMemberWithADeployedForm(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

    for (var task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaAssignee() == null) {
        assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", task.getId()).isNotBlank();
      } else {
        // a member's own vote, a manager's escalation: the person comes from the organisation, not the model
        assertThat(task.getCamundaAssignee()).as("%s names no person", task.getId()).startsWith("${");
      }
      assertThat(Path.of("forms", task.getCamundaFormRef() + ".form")).as("form of %s", task.getId()).exists();
    }
  }

  /**
   * A process test ({@code <ProcessId>ProcessTest}, beside the feature) walks every sequence flow of every process:
   * {@link ProcessPaths} fails the test class for a flow none of its tests takes, and this, a process without one.
   */
  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyProcessHasATestThatWalksEveryPath(Path file) throws Exception {
    String processId = file.getFileName().toString().replaceFirst("\\.bpmn$", "");
    String testName = camelCase(processId) + "ProcessTest";
    var sources = Path.of("src", "test", "java");
    List<Path> tests;
    try (var files = Files.walk(sources)) {
      tests = files.filter(source -> source.getFileName().toString().equals(testName + ".java")).toList();
    }
    assertThat(tests).as("a process test %s.java for %s", testName, file).hasSize(1);

    var testClass = Class.forName(sources.relativize(tests.get(0)).toString().replaceFirst("\\.java$", "")
        .replace(java.io.File.separatorChar, '.'));
    var extension = Arrays.stream(testClass.getDeclaredFields())
        .filter(field -> field.getType() == ProcessPaths.class && Modifier.isStatic(field.getModifiers())
            && field.isAnnotationPresent(RegisterExtension.class))
        .findFirst();
    assertThat(extension).as("%s registers a static ProcessPaths", testClass.getSimpleName()).isPresent();
    extension.get().setAccessible(true);
    assertThat(((ProcessPaths) extension.get().get(null)).processId()).isEqualTo(processId);
  }

  /** department-work-plan: DepartmentWorkPlan. */
  private static String camelCase(String processId) {
    var name = new StringBuilder();
    for (String word : processId.split("-")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.toString();
  }
}
