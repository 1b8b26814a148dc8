package org.maagal.measurement;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of a department's report of a round. The department fills the newest version while it is
 * a draft; submitting freezes it; a return keeps it as it was, with the strategy unit's comments, and
 * opens the next version as a copy; acceptance makes it the round's measurement.
 */
@Entity
@Table(name = "measurement_report")
class MeasurementReport {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(name = "department_id", nullable = false, length = 100)
  private String departmentId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Round round;
  @Column(nullable = false)
  private int number;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReportStatus status;
  @Column(nullable = false)
  private Instant createdAt;
  @Column(nullable = false, length = 100)
  private String createdBy;
  private Instant submittedAt;
  @Column(length = 100)
  private String submittedBy;
  private Instant reviewedAt;
  @Column(length = 100)
  private String reviewedBy;
  @Column(length = 4000)
  private String reviewComments;
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "report_id", nullable = false)
  @OrderColumn(name = "position")
  private List<IndicatorValue> indicators = new ArrayList<>();
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "report_id", nullable = false)
  @OrderColumn(name = "position")
  private List<ActivityReport> activities = new ArrayList<>();
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "report_id", nullable = false)
  @OrderColumn(name = "position")
  private List<LineSpending> spending = new ArrayList<>();
  @Version
  private long lock;

  protected MeasurementReport() {
  }

  private MeasurementReport(int cycleYear, String departmentId, Round round, int number, String createdBy,
      Instant createdAt) {
    this.cycleYear = cycleYear;
    this.departmentId = departmentId;
    this.round = round;
    this.number = number;
    this.status = ReportStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  static MeasurementReport first(int cycleYear, String departmentId, Round round, String createdBy,
      Instant createdAt) {
    return new MeasurementReport(cycleYear, departmentId, round, 1, createdBy, createdAt);
  }

  /** The next draft: a copy of this version, which stays as it was. */
  MeasurementReport nextDraft(String createdBy, Instant createdAt) {
    var next = new MeasurementReport(cycleYear, departmentId, round, number + 1, createdBy, createdAt);
    indicators.forEach(value -> next.indicators.add(value.copy()));
    activities.forEach(activity -> next.activities.add(activity.copy()));
    spending.forEach(line -> next.spending.add(line.copy()));
    return next;
  }

  void submit(String by, Instant at) {
    this.status = ReportStatus.SUBMITTED;
    this.submittedBy = by;
    this.submittedAt = at;
  }

  void decide(boolean accepted, String comments, String by, Instant at) {
    this.status = accepted ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
    this.reviewComments = comments;
    this.reviewedBy = by;
    this.reviewedAt = at;
  }

  void add(IndicatorValue value) {
    indicators.add(value);
  }

  void add(ActivityReport activity) {
    activities.add(activity);
  }

  void add(LineSpending line) {
    spending.add(line);
  }

  /** The indicator at its 1-based position: a copy keeps the order, so the position names it in every version. */
  Optional<IndicatorValue> indicatorAt(int position) {
    return position < 1 || position > indicators.size() ? Optional.empty()
        : Optional.of(indicators.get(position - 1));
  }

  /** The activity by the work plan's activity id, the same in every version. */
  Optional<ActivityReport> activity(long activityId) {
    return activities.stream().filter(activity -> activity.activityId() == activityId).findFirst();
  }

  Optional<LineSpending> line(long lineId) {
    return spending.stream().filter(line -> line.lineId() == lineId).findFirst();
  }

  int cycleYear() {
    return cycleYear;
  }

  String departmentId() {
    return departmentId;
  }

  Round round() {
    return round;
  }

  int number() {
    return number;
  }

  ReportStatus status() {
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

  Instant reviewedAt() {
    return reviewedAt;
  }

  String reviewedBy() {
    return reviewedBy;
  }

  String reviewComments() {
    return reviewComments;
  }

  List<IndicatorValue> indicators() {
    return indicators;
  }

  List<ActivityReport> activities() {
    return activities;
  }

  List<LineSpending> spending() {
    return spending;
  }
}
