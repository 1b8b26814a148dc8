package org.maagal.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.security.RawClient.assertProblem;

import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bodies of 6 MB, one more than any path reads, declared ({@code Content-Length}) or sent in chunks: to the
 * engine's REST API (JSON, an attachment, a variable's binary data, a deployment), to the web apps' copy of it
 * and to our own API. Each is answered 413 with a problem detail in Hebrew before the engine or Spring reads it,
 * and nothing is stored; a body within the limit, in chunks, still reaches the engine whole.
 */
@MaagalIntegrationTest
class BodyLimitIntegrationTest {

  private static final int SIX_MEGABYTES = 6 * 1024 * 1024;
  private static final String BOUNDARY = "maagal-boundary";
  private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

  @LocalServerPort
  int port;
  @Autowired
  TaskService tasks;
  @Autowired
  RepositoryService repository;

  private String taskId;

  @BeforeEach
  void aTaskToSendTo() {
    var task = tasks.newTask();
    task.setName("body limit");
    tasks.saveTask(task);
    taskId = task.getId();
  }

  @AfterEach
  void noTaskLeftBehind() {
    tasks.deleteTask(taskId, true);
  }

  @ParameterizedTest(name = "length declared: {0}")
  @ValueSource(booleans = {true, false})
  void aSixMegabyteJsonBodyToTheEngineIsRefusedUnread(boolean declared) {
    byte[] json = ("{\"modifications\":{\"padding\":{\"value\":\"" + "x".repeat(SIX_MEGABYTES) + "\",\"type\":\"Json\"}}}")
        .getBytes(UTF_8);

    var response = admin().send("POST", "/engine-rest/task/" + taskId + "/variables", "application/json", json, declared);

    assertRefusedAsTooLarge(response);
    assertThat(tasks.getVariables(taskId)).isEmpty();
  }

  @ParameterizedTest(name = "length declared: {0}")
  @ValueSource(booleans = {true, false})
  void aSixMegabyteAttachmentIsRefusedUnread(boolean declared) {
    byte[] upload = RawClient.multipart(BOUNDARY, Map.of("attachment-name", "big", "attachment-type", "application/pdf"),
        "content", "big.pdf", bytes(SIX_MEGABYTES));

    var response = admin().send("POST", "/engine-rest/task/" + taskId + "/attachment/create", MULTIPART, upload, declared);

    assertRefusedAsTooLarge(response);
    assertThat(tasks.getTaskAttachments(taskId)).isEmpty();
  }

  @ParameterizedTest(name = "length declared: {0}")
  @ValueSource(booleans = {true, false})
  void aSixMegabyteVariableDataIsRefusedUnread(boolean declared) {
    byte[] upload = RawClient.multipart(BOUNDARY, Map.of("valueType", "Bytes"), "data", "blob.bin", bytes(SIX_MEGABYTES));

    var response = admin().send("POST", "/engine-rest/task/" + taskId + "/variables/blob/data", MULTIPART, upload,
        declared);

    assertRefusedAsTooLarge(response);
    assertThat(tasks.getVariables(taskId)).isEmpty();
  }

  @ParameterizedTest(name = "length declared: {0}")
  @ValueSource(booleans = {true, false})
  void aSixMegabyteDeploymentIsRefusedUnread(boolean declared) {
    String name = "oversized-" + declared;
    byte[] upload = RawClient.multipart(BOUNDARY, Map.of("deployment-name", name), "padding.txt", "padding.txt",
        bytes(SIX_MEGABYTES));

    var response = admin().send("POST", "/engine-rest/deployment/create", MULTIPART, upload, declared);

    assertRefusedAsTooLarge(response);
    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
  }

  @ParameterizedTest(name = "length declared: {0}")
  @ValueSource(booleans = {true, false})
  void theWebAppsCopyOfTheEngineApiRefusesBeforeAskingWhoIsCalling(boolean declared) {
    byte[] upload = RawClient.multipart(BOUNDARY, Map.of("deployment-name", "oversized-webapp"), "padding.txt",
        "padding.txt", bytes(SIX_MEGABYTES));

    var response = RawClient.anonymous(port).send("POST", "/camunda/api/engine/engine/default/deployment/create",
        MULTIPART, upload, declared);

    assertRefusedAsTooLarge(response);
    assertThat(repository.createDeploymentQuery().deploymentName("oversized-webapp").count()).isZero();
  }

  @ParameterizedTest(name = "length declared: {0}")
  @ValueSource(booleans = {true, false})
  void aSixMegabyteUploadToOurApiIsRefused(boolean declared) {
    byte[] upload = RawClient.multipart(BOUNDARY, Map.of(), "file", "goal-tree.csv", bytes(SIX_MEGABYTES));

    var response = RawClient.as(port, "noa-barak", "ein-karmit-demo").send("POST", "/api/cycles/2008/goals/import?dryRun=true",
        MULTIPART, upload, declared);

    assertProblem(response, 413);
    assertThat(response.body()).contains("גדול מדי", "5 MB");
  }

  @Test
  void aSixMegabyteJsonBodyInChunksToOurApiIsRefused() {
    byte[] json = ("{\"year\":2008,\"padding\":\"" + "x".repeat(SIX_MEGABYTES) + "\"}").getBytes(UTF_8);

    var response = RawClient.as(port, "eyal-friedman", "ein-karmit-demo").send("POST", "/api/cycles", "application/json", json,
        false);

    assertRefusedAsTooLarge(response);
    assertThat(RawClient.as(port, "eyal-friedman", "ein-karmit-demo").get("/api/cycles/2008").statusCode()).isEqualTo(404);
  }

  @Test
  void aBodyWithinTheLimitInChunksReachesTheEngineWhole() {
    byte[] content = bytes(1024 * 1024);
    byte[] upload = RawClient.multipart(BOUNDARY, Map.of("attachment-name", "minutes"), "content", "minutes.pdf",
        content);

    var response = admin().send("POST", "/engine-rest/task/" + taskId + "/attachment/create", MULTIPART, upload, false);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var attachment = tasks.getTaskAttachments(taskId).get(0);
    try (var stored = tasks.getTaskAttachmentContent(taskId, attachment.getId())) {
      assertThat(stored.readAllBytes()).isEqualTo(content);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertRefusedAsTooLarge(java.net.http.HttpResponse<String> response) {
    assertProblem(response, 413);
    assertThat(response.body()).contains("גוף הבקשה גדול מדי: עד 5 MB");
  }

  private static byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) 'x');
    return bytes;
  }

  private RawClient admin() {
    return RawClient.as(port, "admin", "city-hall-keys");
  }
}
