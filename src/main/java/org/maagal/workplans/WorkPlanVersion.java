package org.maagal.workplans;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import org.maagal.reviewing.ReviewStatus;
import org.maagal.reviewing.ReviewedVersion;

/**
 * One version of a department's work plan in a cycle, living the one reviewed life ({@link ReviewedVersion}):
 * the department edits the newest version while it is a draft; submitting freezes it for review; a return
 * keeps it as it was and opens the next version as a copy; the CEO's approval makes it the plan of the year.
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
  @Embedded
  private ReviewedVersion reviewed;
  /** 0 for the plan as first approved and its drafts; n for the n-th amendment and its drafts. */
  @Column(nullable = false)
  private int amendment;
  @Column(name = "amendment_reason", length = 2000)
  private String amendmentReason;
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "version_id", nullable = false)
  @OrderColumn(name = "position")
  private List<Activity> activities = new ArrayList<>();
  @Version
  private long lock;

  protected WorkPlanVersion() {
  }

  private WorkPlanVersion(int cycleYear, String departmentId, ReviewedVersion reviewed) {
    this.cycleYear = cycleYear;
    this.departmentId = departmentId;
    this.reviewed = reviewed;
  }

  static WorkPlanVersion first(int cycleYear, String departmentId, String createdBy, Instant createdAt) {
    return new WorkPlanVersion(cycleYear, departmentId, ReviewedVersion.first(createdBy, createdAt));
  }

  /** The next draft after a return: a copy of this version, which stays as it was. */
  WorkPlanVersion nextDraft(String what, String createdBy, Instant createdAt) {
    var next = new WorkPlanVersion(cycleYear, departmentId, reviewed.nextDraft(what, createdBy, createdAt));
    next.amendment = amendment;
    next.amendmentReason = amendmentReason;
    activities.forEach(activity -> next.activities.add(activity.copy()));
    return next;
  }

  /**
   * A reviewer's decision; the CEO's approval ({@code last}) ends the review, and what finance left requested is
   * approved with the plan. The steps before it approve without changing the status.
   */
  void decide(String what, boolean approved, boolean last, String comments, String by, Instant at) {
    if (approved && !last) {
      reviewed.requireSubmitted(what);
      return;
    }
    reviewed.decide(what, approved, comments, by, at);
    if (approved) {
      activities.forEach(activity -> activity.lines().stream().filter(line -> line.status() == LineStatus.REQUESTED)
          .forEach(line -> line.mark(LineStatus.APPROVED)));
    }
  }

  ReviewedVersion reviewed() {
    return reviewed;
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

  /** An amendment of this approved version, for this reason: its copy, a draft, numbered the next amendment. */
  WorkPlanVersion amend(String what, String reason, String createdBy, Instant createdAt) {
    var next = new WorkPlanVersion(cycleYear, departmentId, reviewed.amendment(what, createdBy, createdAt));
    next.amendment = amendment + 1;
    next.amendmentReason = reason;
    activities.forEach(activity -> next.activities.add(activity.copy()));
    return next;
  }

  int amendment() {
    return amendment;
  }

  String amendmentReason() {
    return amendmentReason;
  }

  Optional<BudgetRequest> request(long requestId) {
    return activities.stream().flatMap(activity -> activity.request(requestId).stream()).findFirst();
  }

  Optional<Activity> activityOfRequest(long requestId) {
    return activities.stream().filter(activity -> activity.request(requestId).isPresent()).findFirst();
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
    return reviewed.number();
  }

  ReviewStatus status() {
    return reviewed.status();
  }

  Instant createdAt() {
    return reviewed.createdAt();
  }

  String createdBy() {
    return reviewed.createdBy();
  }

  Instant submittedAt() {
    return reviewed.submittedAt();
  }

  String submittedBy() {
    return reviewed.submittedBy();
  }

  List<Activity> activities() {
    return activities;
  }
}
