package org.maagal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Which process instances are about a year's department (and round): the instances whose recorded facts include every
 * one asked for, whichever fact the look-up starts from, and never the executions of a multi-instance activity.
 */
class ProcessFactsTest {

  JdbcTemplate jdbc;
  ProcessFacts facts;

  @BeforeEach
  void aTableOfFacts() throws IOException {
    jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:process-facts-" + System.nanoTime()
        + ";DB_CLOSE_DELAY=-1"));
    jdbc.execute(new ClassPathResource("db/migration/V10__process_fact.sql").getContentAsString(StandardCharsets.UTF_8));
    facts = new ProcessFacts(jdbc);
    instance("youth-2027-semi", Map.of(Fact.YEAR, 2027, Fact.DEPARTMENT_ID, "youth", Fact.ROUND, "SEMI_ANNUAL"));
    instance("youth-2027-annual", Map.of(Fact.YEAR, 2027, Fact.DEPARTMENT_ID, "youth", Fact.ROUND, "ANNUAL"));
    instance("youth-2028-semi", Map.of(Fact.YEAR, 2028, Fact.DEPARTMENT_ID, "youth", Fact.ROUND, "SEMI_ANNUAL"));
    instance("schools-2027-semi", Map.of(Fact.YEAR, 2027, Fact.DEPARTMENT_ID, "schools", Fact.ROUND, "SEMI_ANNUAL"));
    instance("youth-2027-plan", Map.of(Fact.YEAR, 2027, Fact.DEPARTMENT_ID, "youth"));
    // an activity instance of the city's cycle about the youth department: not a process instance
    jdbc.update("insert into process_fact values ('cycle-2027-youth', 'DEPARTMENT_ID', 'youth', 'cycle-2027')");
    jdbc.update("insert into process_fact values ('cycle-2027-youth', 'YEAR', '2027', 'cycle-2027')");
    instance("cycle-2027", Map.of(Fact.YEAR, 2027));
  }

  @Test
  void theInstancesAboutAYearsDepartmentAreThoseWithBothFacts() {
    assertThat(facts.instancesAbout(Map.of(Fact.YEAR, 2027, Fact.DEPARTMENT_ID, "youth")))
        .containsExactlyInAnyOrder("youth-2027-semi", "youth-2027-annual", "youth-2027-plan");
  }

  @Test
  void aRoundNarrowsThemFurther() {
    assertThat(facts.instancesAbout(Map.of(Fact.YEAR, 2027, Fact.DEPARTMENT_ID, "youth", Fact.ROUND, "SEMI_ANNUAL")))
        .containsExactly("youth-2027-semi");
    assertThat(facts.instancesAbout(Map.of(Fact.YEAR, 2029, Fact.DEPARTMENT_ID, "youth"))).isEmpty();
  }

  @Test
  void broadFactsAloneStillFindTheirInstances() {
    assertThat(facts.instancesAbout(Map.of(Fact.YEAR, 2027, Fact.ROUND, "SEMI_ANNUAL")))
        .containsExactlyInAnyOrder("youth-2027-semi", "schools-2027-semi");
    assertThat(facts.instancesAbout(Map.of(Fact.DEPARTMENT_ID, "schools"))).containsExactly("schools-2027-semi");
  }

  private void instance(String id, Map<Fact, Object> given) {
    given.forEach((fact, value) -> jdbc.update("insert into process_fact values (?, ?, ?, ?)", id, fact.name(),
        String.valueOf(value), id));
  }
}
