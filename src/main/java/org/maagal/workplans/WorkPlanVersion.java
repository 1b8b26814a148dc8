package org.maagal.workplans;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of a department's work plan in a cycle. The department edits the newest version while it
 * is a draft; submitting freezes it for review; a return keeps it as it was and opens the next version
 * as a copy; the CEO's approval makes it the plan of the year.
 */
@Entity
@Table(name = "work_plan_version")
class WorkPlanVersion {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(name = "department_id", nullable = false, length = 100)
  private String departmentId;
  @Column(nullable = false)
  private int number;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PlanStatus status;
  @Column(nullable = false)
  private Instant createdAt;
  @Column(nullable = false, length = 100)
  private String createdBy;
  private Instant submittedAt;
  @Column(length = 100)
  private String submittedBy;
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "version_id", nullable = false)
  @OrderColumn(name = "position")
  private List<Activity> activities = new ArrayList<>();
  @Version
  private long lock;

  protected WorkPlanVersion() {
  }

  private WorkPlanVersion(int cycleYear, String departmentId, int number, String createdBy, Instant createdAt) {
    this.cycleYear = cycleYear;
    this.departmentId = departmentId;
    this.number = number;
    this.status = PlanStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  static WorkPlanVersion first(int cycleYear, String departmentId, String createdBy, Instant createdAt) {
    return new WorkPlanVersion(cycleYear, departmentId, 1, createdBy, createdAt);
  }

  /** The next draft: a copy of this version, which stays as it was. */
  WorkPlanVersion nextDraft(String createdBy, Instant createdAt) {
    var next = new WorkPlanVersion(cycleYear, departmentId, number + 1, createdBy, createdAt);
    activities.forEach(activity -> next.activities.add(activity.copy()));
    return next;
  }

  void submit(String by, Instant at) {
    this.status = PlanStatus.SUBMITTED;
    this.submittedBy = by;
    this.submittedAt = at;
  }

  void markReturned() {
    this.status = PlanStatus.RETURNED;
  }

  /** The CEO's approval: what finance left requested is approved with the plan. */
  void approve() {
    this.status = PlanStatus.APPROVED;
    activities.forEach(activity -> activity.lines().stream().filter(line -> line.status() == LineStatus.REQUESTED)
        .forEach(line -> line.mark(LineStatus.APPROVED)));
  }

  Activity add(Activity activity) {
    activities.add(activity);
    return activity;
  }

  Optional<Activity> activity(long activityId) {
    return activities.stream().filter(activity -> activity.id() == activityId).findFirst();
  }

  boolean remove(long activityId) {
    return activities.removeIf(activity -> activity.id() == activityId);
  }

  Optional<BudgetLine> line(long lineId) {
    return activities.stream().flatMap(activity -> activity.lines().stream()).filter(line -> line.id() == lineId)
        .findFirst();
  }

  Optional<Activity> activityOfLine(long lineId) {
    return activities.stream().filter(activity -> activity.lines().stream().anyMatch(line -> line.id() == lineId))
        .findFirst();
  }

  BigDecimal total() {
    return activities.stream().map(Activity::total).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  Long id() {
    return id;
  }

  int cycleYear() {
    return cycleYear;
  }

  String departmentId() {
    return departmentId;
  }

  int number() {
    return number;
  }

  PlanStatus status() {
    return status;
  }

  Instant createdAt() {
    return createdAt;
  }

  String createdBy() {
    return createdBy;
  }

  Instant submittedAt() {
    return submittedAt;
  }

  String submittedBy() {
    return submittedBy;
  }

  List<Activity> activities() {
    return activities;
  }
}
