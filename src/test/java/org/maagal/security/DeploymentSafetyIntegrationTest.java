package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Hostile deployments: XML that reaches for files or other servers, and code (a script task) from
 * someone who is not an admin, even one wrongly granted the right to deploy. Nothing is deployed
 * and nothing is fetched.
 */
@MaagalIntegrationTest
class DeploymentSafetyIntegrationTest {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RepositoryService repository;
  @Autowired
  AuthorizationService authorizations;

  HttpServer attackersServer;
  final AtomicInteger fetchesFromAttackersServer = new AtomicInteger();

  @BeforeEach
  void startAttackersServer() throws Exception {
    attackersServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    attackersServer.createContext("/", exchange -> {
      fetchesFromAttackersServer.incrementAndGet();
      byte[] body = "<!ENTITY leak SYSTEM \"file:///etc/hostname\">".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    attackersServer.start();
  }

  @AfterEach
  void stopAttackersServer() {
    attackersServer.stop(0);
  }

  @Test
  void anExternalEntityInABpmnFileIsRefused() {
    long before = repository.createDeploymentQuery().count();
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE definitions [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]>"
        + "<definitions xmlns=\"" + BPMN + "\" targetNamespace=\"x\">"
        + "<process id=\"xxe\" name=\"&leak;\" isExecutable=\"true\" historyTimeToLive=\"1\"/></definitions>";

    var response = deploy("admin", "city-hall-keys", "xxe.bpmn", xml);

    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isFalse();
    assertThat(response.getBody()).doesNotContain("root:");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void anExternalDtdIsNeverFetched() {
    long before = repository.createDeploymentQuery().count();
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE definitions SYSTEM \"" + attackersUrl("evil.dtd") + "\">"
        + "<definitions xmlns=\"" + BPMN + "\" targetNamespace=\"x\">"
        + "<process id=\"dtd\" isExecutable=\"true\" historyTimeToLive=\"1\"/></definitions>";

    var response = deploy("admin", "city-hall-keys", "dtd.bpmn", xml);

    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isFalse();
    assertThat(fetchesFromAttackersServer).hasValue(0);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void anExternalSchemaReferenceIsNeverFetched() {
    String xml = "<?xml version=\"1.0\"?><definitions xmlns=\"" + BPMN + "\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        + "xsi:schemaLocation=\"" + BPMN + " " + attackersUrl("evil.xsd") + "\" targetNamespace=\"x\">"
        + "<import importType=\"http://www.w3.org/2001/XMLSchema\" location=\"" + attackersUrl("import.xsd")
        + "\" namespace=\"x\"/>"
        + "<process id=\"schema-reference\" isExecutable=\"false\"/></definitions>";

    var response = deploy("admin", "city-hall-keys", "schema-reference.bpmn", xml);

    assertThat(fetchesFromAttackersServer).hasValue(0);
    repository.createDeploymentQuery().deploymentName("schema-reference.bpmn").list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    assertThat(response.getStatusCode().is5xxServerError()).isFalse();
  }

  @Test
  void anExternalEntityInADmnFileIsRefused() {
    long before = repository.createDeploymentQuery().count();
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE definitions [<!ENTITY leak SYSTEM \"" + attackersUrl("leak")
        + "\">]><definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\" name=\"&leak;\" "
        + "namespace=\"x\"><decision id=\"xxe-decision\" name=\"x\"><literalExpression><text>1</text>"
        + "</literalExpression></decision></definitions>";

    var response = deploy("admin", "city-hall-keys", "xxe.dmn", xml);

    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isFalse();
    assertThat(fetchesFromAttackersServer).hasValue(0);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void aScriptTaskFromTheStrategyUnitIsRefused() {
    long before = repository.createDeploymentQuery().count();

    var response = deploy("eyal-friedman", "ein-karmit-demo", "script.bpmn", processWithScriptTask());

    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void aScriptTaskIsRefusedEvenFromADepartmentWronglyAllowedToDeploy() {
    long before = repository.createDeploymentQuery().count();
    Authorization mistake = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    mistake.setGroupId("dept-it");
    mistake.setResource(Resources.DEPLOYMENT);
    mistake.setResourceId("*");
    mistake.addPermission(Permissions.CREATE);
    mistake = authorizations.saveAuthorization(mistake);
    try {
      var response = deploy("roee-kedem", "ein-karmit-demo", "script.bpmn", processWithScriptTask());

      assertThat(response.getStatusCode().value()).isEqualTo(403);
      assertThat(response.getBody()).contains("camunda-admin");
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    } finally {
      authorizations.deleteAuthorization(mistake.getId());
    }
  }

  private static String processWithScriptTask() {
    return "<?xml version=\"1.0\"?><definitions xmlns=\"" + BPMN + "\" targetNamespace=\"x\">"
        + "<process id=\"script\" isExecutable=\"true\" historyTimeToLive=\"1\"><startEvent id=\"s\"/>"
        + "<sequenceFlow id=\"f1\" sourceRef=\"s\" targetRef=\"run\"/>"
        + "<scriptTask id=\"run\" scriptFormat=\"juel\"><script>${execution.getProcessEngineServices()}</script>"
        + "</scriptTask><sequenceFlow id=\"f2\" sourceRef=\"run\" targetRef=\"e\"/><endEvent id=\"e\"/>"
        + "</process></definitions>";
  }

  private ResponseEntity<String> deploy(String user, String password, String fileName, String xml) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", fileName);
    body.add("data", new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, password).postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(body, headers), String.class);
  }

  private String attackersUrl(String file) {
    return "http://127.0.0.1:" + attackersServer.getAddress().getPort() + "/" + file;
  }
}
