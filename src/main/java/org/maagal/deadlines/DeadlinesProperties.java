package org.maagal.deadlines;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cycle calendar's defaults ({@code maagal.deadlines}): for every kind of task (its BPMN id)
 * how many business days it has, when its reminder goes out, when it escalates. A new cycle
 * copies them; the strategy unit then edits the cycle's own calendar through the API.
 *
 * @param standard the rule of every task that has none of its own
 * @param tasks    rules by task definition key, e.g. {@code submitDepartmentAssessment}
 * @param baseUrl  the address people open the application at, for the links in e-mails
 */
@ConfigurationProperties("maagal.deadlines")
record DeadlinesProperties(Rule standard, Map<String, Rule> tasks, String baseUrl) {

  DeadlinesProperties {
    standard = standard == null ? new Rule(10, 2, 1, 5) : standard;
    tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
    baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl;
  }

  /**
   * A task's deadline in business days.
   *
   * @param due                 business days from the task's creation to its due date
   * @param reminderBefore      business days before the due date that the reminder goes out
   * @param escalateAfter       business days after the due date that the unit's manager is told
   * @param escalateToCeoAfter  further business days until the CEO and the strategy unit are told
   */
  record Rule(int due, int reminderBefore, int escalateAfter, int escalateToCeoAfter) {
  }
}
