package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.junit.jupiter.api.Test;
import org.maagal.security.EngineExpressionGuard.Verdict;

class EngineExpressionGuardTest {

  @Test
  void findsAnExpressionFieldAtAnyDepth() {
    assertThat(scan("{\"a\":[{\"b\":{\"candidateGroupsExpression\":1}}]}")).isEqualTo(Verdict.EXPRESSION);
    assertThat(scan("{\"orQueries\":[{\"assignee\":\"x\"}],\"sorting\":[]}")).isEqualTo(Verdict.CLEAN);
  }

  @Test
  void aValueThatMentionsExpressionsIsNoField() {
    assertThat(scan("{\"name\":\"assigneeExpression ${x}\"}")).isEqualTo(Verdict.CLEAN);
  }

  @Test
  void whatItCannotParseItCallsMalformed() {
    assertThat(scan("{'assigneeExpression':1}")).isEqualTo(Verdict.MALFORMED);
    assertThat(scan("{\"a\":")).isEqualTo(Verdict.MALFORMED);
  }

  @Test
  void aTextVariableLongerThanTheEnginesColumnIsRefusedAndAJsonValueIsNot() {
    String longText = "א".repeat(4001);
    assertThat(scan("{\"variables\":{\"state\":{\"value\":\"" + longText + "\"}}}"))
        .isEqualTo(Verdict.TEXT_TOO_LONG);
    assertThat(scan("{\"variables\":{\"state\":{\"type\":\"String\",\"value\":\"" + longText + "\"}}}"))
        .isEqualTo(Verdict.TEXT_TOO_LONG);
    assertThat(scan("{\"variables\":{\"state\":{\"value\":\"" + "א".repeat(4000) + "\"}}}"))
        .isEqualTo(Verdict.CLEAN);
    assertThat(scan("{\"variables\":{\"list\":{\"value\":\"" + longText + "\",\"type\":\"Json\"}}}"))
        .isEqualTo(Verdict.CLEAN);
  }

  @Test
  void readsQueryStringNamesDecodedAndInAnyCase() {
    assertThat(EngineExpressionGuard.queryStringIsClean("assignee=x&sortBy=dueDate")).isTrue();
    assertThat(EngineExpressionGuard.queryStringIsClean("assignee=%24%7BassigneeExpression%7D")).isTrue();
    assertThat(EngineExpressionGuard.queryStringIsClean("a=1&assignee%45xpression=x")).isFalse();
    assertThat(EngineExpressionGuard.queryStringIsClean("DUEBEFOREEXPRESSION=x")).isFalse();
    assertThat(EngineExpressionGuard.queryStringIsClean("x%zz=1")).isFalse();
  }

  @Test
  void noGeneralPurposeScriptEngineIsOnTheClasspath() {
    var names = new ScriptEngineManager().getEngineFactories().stream().map(ScriptEngineFactory::getNames)
        .flatMap(java.util.List::stream).map(String::toLowerCase).toList();

    assertThat(names).doesNotContain("javascript", "js", "graal.js", "nashorn", "groovy", "python", "jython",
        "ruby", "jruby");
  }

  private static Verdict scan(String json) {
    return EngineExpressionGuard.scan(json.getBytes(StandardCharsets.UTF_8));
  }
}
