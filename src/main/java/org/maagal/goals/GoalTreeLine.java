package org.maagal.goals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One line of a goal-tree version: an indicator under its target, goal and domain, or a goal
 * that has no target yet. Domain and owner department are ids of the organisation.
 */
@Entity
@Table(name = "goal_tree_line")
class GoalTreeLine {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "domain_id", nullable = false, length = 100)
  private String domainId;
  @Column(nullable = false, length = 1000)
  private String goal;
  @Column(length = 1000)
  private String target;
  @Column(length = 1000)
  private String indicator;
  @Column(length = 100)
  private String unit;
  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Direction direction;
  @Column(precision = 19, scale = 4)
  private BigDecimal baselineValue;
  private Integer baselineYear;
  @Column(precision = 19, scale = 4)
  private BigDecimal targetValue;
  private Integer targetYear;
  @Column(name = "owner_department_id", length = 100)
  private String ownerDepartmentId;
  @Column(length = 300)
  private String dataSource;
  @Column(name = "ceo_indicator", nullable = false)
  private boolean ceoIndicator;

  protected GoalTreeLine() {
  }

  /** A line from a row whose domain and department are already resolved to ids. */
  GoalTreeLine(GoalTreeRow row, String domainId, String ownerDepartmentId) {
    this.domainId = domainId;
    this.goal = row.goal();
    this.target = row.target();
    this.indicator = row.indicator();
    this.unit = row.unit();
    this.direction = row.direction();
    this.baselineValue = row.baselineValue();
    this.baselineYear = row.baselineYear();
    this.targetValue = row.targetValue();
    this.targetYear = row.targetYear();
    this.ownerDepartmentId = ownerDepartmentId;
    this.dataSource = row.dataSource();
    this.ceoIndicator = row.ceoIndicator();
  }

  GoalTreeLine copy() {
    return new GoalTreeLine(row(domainId, ownerDepartmentId), domainId, ownerDepartmentId);
  }

  /** The line as a spreadsheet row, with the domain and department written as given. */
  GoalTreeRow row(String domain, String ownerDepartment) {
    return new GoalTreeRow(domain, goal, target, indicator, unit, direction, baselineValue, baselineYear,
        targetValue, targetYear, ownerDepartment, dataSource, ceoIndicator);
  }

  /** A new baseline: the value the indicator was measured at in a year. */
  void rebase(BigDecimal value, int year) {
    this.baselineValue = value;
    this.baselineYear = year;
  }

  Long id() {
    return id;
  }

  String domainId() {
    return domainId;
  }

  String goal() {
    return goal;
  }

  String target() {
    return target;
  }

  String indicator() {
    return indicator;
  }

  String ownerDepartmentId() {
    return ownerDepartmentId;
  }
}
