package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.security.RawClient.assertProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maagal.MaagalIntegrationTest;
import org.maagal.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile requests: expressions smuggled to the engine in every form a query takes. Each one is
 * refused with our 400 before the engine sees it, for every caller, admin included, and the
 * stored filters stay as they were.
 */
@MaagalIntegrationTest
class ExpressionInjectionIntegrationTest {

  static final String ATTACKER = "omer-segal";
  static final String METHOD_CALL = "${'abc'.getClass().getName()}";
  static final String UNRESOLVABLE = "${nothing.here()}";

  @LocalServerPort
  int port;
  @Autowired
  FilterService filters;

  String myTasksFilterId;

  @BeforeEach
  void findAStoredFilter() {
    myTasksFilterId = filters.createFilterQuery().filterName("המשימות שלי").singleResult().getId();
  }

  static Stream<Arguments> expressionsInQueries() {
    String q = encoded(METHOD_CALL);
    return Stream.of(
        Arguments.of("top-level field of an ad-hoc task query", "POST", "/engine-rest/task",
            "{\"assigneeExpression\":\"" + METHOD_CALL + "\"}"),
        Arguments.of("inside orQueries (the hole in 7.24.0 Community)", "POST", "/engine-rest/task",
            "{\"orQueries\":[{\"assigneeExpression\":\"" + METHOD_CALL + "\"}]}"),
        Arguments.of("unresolvable inside orQueries (was a 500 with the engine's message)", "POST",
            "/engine-rest/task", "{\"orQueries\":[{\"candidateUserExpression\":\"" + UNRESOLVABLE + "\"}]}"),
        Arguments.of("inside orQueries of a count", "POST", "/engine-rest/task/count",
            "{\"orQueries\":[{\"candidateGroupsExpression\":\"" + METHOD_CALL + "\"}]}"),
        Arguments.of("GET parameter", "GET", "/engine-rest/task?assigneeExpression=" + q, null),
        Arguments.of("GET parameter of a count", "GET", "/engine-rest/task/count?dueBeforeExpression=" + q, null),
        Arguments.of("GET parameter with a percent-encoded name", "GET", "/engine-rest/task?assignee%45xpression=" + q,
            null),
        Arguments.of("GET parameter in another case", "GET", "/engine-rest/task?ASSIGNEEEXPRESSION=" + q, null),
        Arguments.of("field name with a JSON unicode escape", "POST", "/engine-rest/task",
            "{\"orQueries\":[{\"assignee\\u0045xpression\":\"" + METHOD_CALL + "\"}]}"),
        Arguments.of("behind a duplicate key", "POST", "/engine-rest/task",
            "{\"assigneeExpression\":\"" + METHOD_CALL + "\",\"assigneeExpression\":null}"),
        Arguments.of("extending a stored filter's query (POST list)", "POST", "/engine-rest/filter/{filter}/list",
            "{\"orQueries\":[{\"assigneeExpression\":\"" + METHOD_CALL + "\"}]}"),
        Arguments.of("extending a stored filter's query (GET list)", "GET",
            "/engine-rest/filter/{filter}/list?assigneeExpression=" + q, null),
        Arguments.of("extending a stored filter's count", "POST", "/engine-rest/filter/{filter}/count",
            "{\"assigneeExpression\":\"" + METHOD_CALL + "\"}"),
        Arguments.of("a new stored filter", "POST", "/engine-rest/filter/create",
            "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{\"assigneeExpression\":\"" + METHOD_CALL + "\"}}"),
        Arguments.of("rewriting a stored filter", "PUT", "/engine-rest/filter/{filter}",
            "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{\"orQueries\":[{\"assigneeExpression\":\""
                + METHOD_CALL + "\"}]}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expressionsInQueries")
  void aDepartmentManagersExpressionIsRefused(String form, String method, String path, String body) {
    assertRefusedAndNothingChanged(RawClient.as(port, ATTACKER, "ein-karmit-demo"), method, path, body);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expressionsInQueries")
  void anAdminsExpressionIsRefusedToo(String form, String method, String path, String body) {
    assertRefusedAndNothingChanged(RawClient.as(port, "admin", "city-hall-keys"), method, path, body);
  }

  @Test
  void aBodyOnlyALenientParserWouldReadIsRefused() {
    var client = RawClient.as(port, ATTACKER, "ein-karmit-demo");

    assertProblem(client.json("POST", "/engine-rest/task", "{'assigneeExpression': '" + METHOD_CALL + "'}"), 400);
    assertProblem(client.send("POST", "/engine-rest/task", "text/plain",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + METHOD_CALL + "\"}]}"), 400);
  }

  @Test
  void theWebappsCopyOfTheEngineApiRefusesExpressionsToo() throws Exception {
    var browser = new WebappSession(port);
    assertThat(browser.login(ATTACKER, "ein-karmit-demo", "tasklist")).isEqualTo(200);

    var body = browser.post("/camunda/api/engine/engine/default/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + METHOD_CALL + "\"}]}", true);
    var query = browser.open("/camunda/api/engine/engine/default/task?assigneeExpression=" + encoded(METHOD_CALL));

    assertThat(body.statusCode()).isEqualTo(400);
    assertThat(body.body()).doesNotContain("java.lang.String", "Exception");
    assertThat(query.statusCode()).isEqualTo(400);
  }

  @Test
  void theSameQueriesWithoutExpressionsAreServed() {
    var client = RawClient.as(port, ATTACKER, "ein-karmit-demo");

    assertThat(client.json("POST", "/engine-rest/task?maxResults=15", "{\"orQueries\":[{\"assignee\":\"nobody\"}]}").statusCode())
        .isEqualTo(200);
    assertThat(client.get("/engine-rest/task?candidateGroup=dept-business&maxResults=15").statusCode()).isEqualTo(200);
  }

  @Test
  void storedFiltersWithExpressionsMadeByTheApplicationKeepWorking() {
    var response = RawClient.as(port, ATTACKER, "ein-karmit-demo").get("/engine-rest/filter/" + myTasksFilterId + "/list?firstResult=0&maxResults=15");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  private void assertRefusedAndNothingChanged(RawClient client, String method, String path, String body) {
    long filtersBefore = filters.createFilterQuery().count();
    String storedQueryBefore = storedAssigneeExpression();

    var response = client.send(method, path.replace("{filter}", myTasksFilterId),
        body == null ? null : "application/json", body);

    assertProblem(response, 400);
    // the expression's own text, quotes and all: a filter's id in the answer may hold "abc" as hexadecimal digits
    assertThat(response.body()).doesNotContain("java.lang.String", "'abc'");
    assertThat(filters.createFilterQuery().count()).isEqualTo(filtersBefore);
    assertThat(storedAssigneeExpression()).isEqualTo(storedQueryBefore);
  }

  private String storedAssigneeExpression() {
    Filter filter = filters.getFilter(myTasksFilterId);
    return ((TaskQueryImpl) filter.getQuery()).getExpressions().get("taskAssignee");
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
