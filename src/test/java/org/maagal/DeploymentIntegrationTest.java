package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@MaagalIntegrationTest
class DeploymentIntegrationTest {

  @Autowired
  RepositoryService repository;

  @Test
  void everyProcessAndFormFileIsDeployed() throws IOException {
    Set<String> files = Stream.concat(filesIn("processes"), filesIn("forms")).collect(Collectors.toSet());
    Set<String> deployed = repository.createDeploymentQuery().list().stream()
        .flatMap(deployment -> repository.getDeploymentResources(deployment.getId()).stream())
        .map(Resource::getName).collect(Collectors.toSet());

    assertThat(files).isNotEmpty().contains("annual-planning-cycle.bpmn", "department-assessment.form");
    assertThat(deployed).containsAll(files);
  }

  @Test
  void everyProcessFileDefinesItsProcessUnderTheFileName() throws IOException {
    Set<String> processIds = filesIn("processes").filter(name -> name.endsWith(".bpmn"))
        .map(name -> name.substring(0, name.length() - ".bpmn".length())).collect(Collectors.toSet());
    Set<String> deployedKeys = repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(definition -> definition.getKey()).collect(Collectors.toSet());

    assertThat(deployedKeys).containsAll(processIds);
  }

  private static Stream<String> filesIn(String directory) throws IOException {
    try (var files = Files.list(Path.of(directory))) {
      return files.map(file -> file.getFileName().toString()).toList().stream();
    }
  }
}
