package org.maagal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The application's schema comes to the newest migration from every state a database can be in. */
class SchemaMigrationTest {

  private final DataSource database = freshH2();

  @Test
  void anEmptyDatabaseGetsEveryMigration() throws Exception {
    migrate();

    assertThat(appliedVersions()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24");
    assertThat(count("SELECT COUNT(*) FROM deadline_watch_lock")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM budget_book")).isZero();
    assertThat(count("SELECT COUNT(*) FROM budget_clause")).isZero();
    assertThat(count("SELECT COUNT(*) FROM work_plan_version")).isZero();
    assertThat(count("SELECT COUNT(*) FROM work_plan_book")).isZero();
    assertThat(count("SELECT COUNT(*) FROM review_gap")).isZero();
    assertThat(count("SELECT COUNT(*) FROM review_year")).isZero();
    assertThat(count("SELECT COUNT(*) FROM measurement_report")).isZero();
    assertThat(count("SELECT COUNT(*) FROM measurement_indicator_value")).isZero();
    assertThat(count("SELECT COUNT(*) FROM measurement_activity_status")).isZero();
    assertThat(count("SELECT COUNT(*) FROM measurement_spending")).isZero();
    assertThat(count("SELECT COUNT(*) FROM organization_staff")).isZero();
  }

  @Test
  void aDatabaseWhereTheEngineCameFirstGetsEveryMigration() throws Exception {
    execute("CREATE TABLE act_ge_property (name_ VARCHAR(64) PRIMARY KEY)");

    migrate();

    assertThat(appliedVersions()).containsExactly("0 (baseline)", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24");
    assertThat(count("SELECT COUNT(*) FROM planning_cycle")).isZero();
  }

  @Test
  void aDemoDatabaseOfTheReleaseBeforeMigrationsKeepsItsDataAndGetsOnlyTheNewMigrations() throws Exception {
    execute(new String(getClass().getResourceAsStream("/db/migration/V1__application_schema.sql").readAllBytes(),
        StandardCharsets.UTF_8));
    execute("INSERT INTO planning_cycle (planning_year, started_at, version, business_key, phase, started_by) "
        + "VALUES (2027, CURRENT_TIMESTAMP, 0, 'cycle-2027', 'GOAL_PLANNING', 'noa-barak')");

    migrate();

    assertThat(appliedVersions()).containsExactly("1 (baseline)", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24");
    assertThat(count("SELECT COUNT(*) FROM planning_cycle WHERE planning_year = 2027")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM deadline_watch_lock")).isEqualTo(1);
  }

  @Test
  void goalTreeLinesOfEarlierReleasesAreNotCeoIndicators() throws Exception {
    execute(new String(getClass().getResourceAsStream("/db/migration/V1__application_schema.sql").readAllBytes(),
        StandardCharsets.UTF_8));
    execute("INSERT INTO goal_tree_version (id, cycle_year, number, created_at, lock, status, created_by, source) "
        + "VALUES (1, 2027, 1, CURRENT_TIMESTAMP, 0, 'APPROVED', 'maagal', 'עץ ריק')");
    execute("INSERT INTO goal_tree_line (id, version_id, position, domain_id, goal, target, indicator) "
        + "VALUES (1, 1, 0, 'education', 'מטרה', 'יעד', 'מדד')");

    migrate();

    assertThat(count("SELECT COUNT(*) FROM goal_tree_line WHERE ceo_indicator = FALSE")).isEqualTo(1);
  }

  @Test
  void reviewedVersionsOfEarlierReleasesSpeakTheOneReviewedVocabulary() throws Exception {
    migrate("10");
    execute("INSERT INTO measurement_report (id, cycle_year, department_id, round, number, status, created_at, "
        + "created_by, lock) VALUES (1, 2027, 'youth', 'ANNUAL', 1, 'ACCEPTED', CURRENT_TIMESTAMP, 'maagal', 0), "
        + "(2, 2027, 'sport', 'ANNUAL', 1, 'RETURNED', CURRENT_TIMESTAMP, 'maagal', 0)");
    execute("INSERT INTO department_assessment (id, cycle_year, department_id, revision, nothing_to_report, review, "
        + "submitted_by, submitted_at) VALUES (1, 2027, 'youth', 1, FALSE, 'ACCEPTED', 'itay-ron', "
        + "TIMESTAMP WITH TIME ZONE '2027-01-10 09:00:00+02')");
    execute("INSERT INTO work_plan_version (id, cycle_year, department_id, number, status, created_at, created_by, "
        + "lock) VALUES (1, 2027, 'youth', 1, 'RETURNED', CURRENT_TIMESTAMP, 'maagal', 0), "
        + "(2, 2027, 'youth', 2, 'APPROVED', CURRENT_TIMESTAMP, 'maagal', 0)");
    execute("INSERT INTO work_plan_review (id, cycle_year, department_id, version_number, step, approved, comments, "
        + "decided_by, decided_at) VALUES "
        + "(1, 2027, 'youth', 1, 'CHECKS', TRUE, NULL, 'maagal', CURRENT_TIMESTAMP), "
        + "(2, 2027, 'youth', 1, 'ALIGNMENT', FALSE, 'חסר יעד', 'eyal-friedman', CURRENT_TIMESTAMP), "
        + "(3, 2027, 'youth', 2, 'BUDGET', TRUE, NULL, 'finance-user', CURRENT_TIMESTAMP), "
        + "(4, 2027, 'youth', 2, 'CEO', TRUE, 'מאושר', 'the-ceo', CURRENT_TIMESTAMP)");

    migrate();

    assertThat(texts("SELECT status FROM measurement_report ORDER BY id")).containsExactly("APPROVED", "RETURNED");
    assertThat(texts("SELECT status || ' ' || created_by FROM department_assessment"))
        .containsExactly("APPROVED itay-ron");
    assertThat(texts("SELECT reviewed_by || ' ' || review_comments FROM work_plan_version ORDER BY id"))
        .containsExactly("eyal-friedman חסר יעד", "the-ceo מאושר");
    execute("INSERT INTO department_assessment (id, cycle_year, department_id, revision, nothing_to_report, status, "
        + "created_by, created_at) VALUES (2, 2027, 'youth', 2, FALSE, 'DRAFT', 'eyal-friedman', CURRENT_TIMESTAMP)");
    assertThat(count("SELECT COUNT(*) FROM department_assessment WHERE submitted_by IS NULL")).isOne();
    assertThatThrownBy(() -> execute("UPDATE measurement_report SET status = 'ACCEPTED'"))
        .as("the old word is no status any more").isInstanceOf(SQLException.class);
  }

  @Test
  void aPictureScoredArenaByArenaBeforeTheRubricFileKeepsItsScoresAsItsArenas() throws Exception {
    migrate("20");
    execute("INSERT INTO channel_picture (id, cycle_year, team_id, picture, submitted_by, submitted_at) "
        + "VALUES (1, 2026, 'team-educational', 'תמונת האפיק', 'orna-katz', CURRENT_TIMESTAMP)");
    execute("INSERT INTO rubric_score (channel_picture_id, position, arena, score, comment) VALUES "
        + "(1, 0, 'AUTHORITY', 3, NULL), (1, 1, 'PARENTS', 2, 'ההורים מעורבים פחות'), (1, 2, 'FRAMEWORKS', 3, NULL), "
        + "(1, 3, 'PROFESSIONALS', 4, NULL)");

    migrate();

    assertThat(texts("SELECT arena || ' ' || arena_name || ' ' || score || ' ' || COALESCE(criterion, '-') "
        + "FROM rubric_criterion_score WHERE channel_picture_id = 1 ORDER BY position")).containsExactly(
        "authority זירת הרשות 3 -", "parents זירת ההורים 2 -", "frameworks זירת המסגרות 3 -",
        "professionals זירת אנשי המקצוע 4 -");
    assertThat(texts("SELECT comment FROM rubric_criterion_score WHERE position = 1"))
        .containsExactly("ההורים מעורבים פחות");
    assertThat(count("SELECT COUNT(*) FROM channel_picture WHERE channel IS NULL")).as("its team's channel stands in")
        .isOne();
  }

  @Test
  void migratingTwiceChangesNothing() throws Exception {
    migrate();
    migrate();

    assertThat(appliedVersions()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24");
  }

  private void migrate() {
    migrate("latest");
  }

  private void migrate(String target) {
    // the settings of application.yaml
    new SchemaMigration().migrate(Flyway.configure().dataSource(database).baselineOnMigrate(true)
        .baselineVersion("0").target(target).load());
  }

  private List<String> texts(String sql) throws SQLException {
    var texts = new ArrayList<String>();
    try (Connection connection = database.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
      while (rows.next()) {
        texts.add(rows.getString(1));
      }
    }
    return texts;
  }

  private List<String> appliedVersions() throws SQLException {
    var versions = new ArrayList<String>();
    try (Connection connection = database.getConnection();
        var rows = connection.createStatement().executeQuery(
            "SELECT \"version\", \"type\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                + " ORDER BY \"installed_rank\"")) {
      while (rows.next()) {
        versions.add(rows.getString(2).equals("BASELINE") ? rows.getString(1) + " (baseline)" : rows.getString(1));
      }
    }
    return versions;
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = database.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = database.getConnection()) {
      connection.createStatement().execute(sql);
    }
  }

  private static DataSource freshH2() {
    var h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }
}
