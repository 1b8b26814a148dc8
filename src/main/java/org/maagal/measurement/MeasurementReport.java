package org.maagal.measurement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.maagal.reviewing.ReviewStatus;
import org.maagal.reviewing.ReviewedVersion;

/**
 * One version of a department's report of a round, living the one reviewed life ({@link ReviewedVersion}).
 * The department fills the newest version while it is a draft; submitting freezes it; a return keeps it as it was, with the strategy unit's comments, and
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
  @Embedded
  private ReviewedVersion reviewed;
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

  private MeasurementReport(int cycleYear, String departmentId, Round round, ReviewedVersion reviewed) {
    this.cycleYear = cycleYear;
    this.departmentId = departmentId;
    this.round = round;
    this.reviewed = reviewed;
  }

  static MeasurementReport first(int cycleYear, String departmentId, Round round, String createdBy,
      Instant createdAt) {
    return new MeasurementReport(cycleYear, departmentId, round, ReviewedVersion.first(createdBy, createdAt));
  }

  /** The next draft after a return: a copy of this version, which stays as it was. */
  MeasurementReport nextDraft(String what, String createdBy, Instant createdAt) {
    var next = new MeasurementReport(cycleYear, departmentId, round, reviewed.nextDraft(what, createdBy, createdAt));
    indicators.forEach(value -> next.indicators.add(value.copy()));
    activities.forEach(activity -> next.activities.add(activity.copy()));
    spending.forEach(line -> next.spending.add(line.copy()));
    return next;
  }

  ReviewedVersion reviewed() {
    return reviewed;
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

  Instant reviewedAt() {
    return reviewed.reviewedAt();
  }

  String reviewedBy() {
    return reviewed.reviewedBy();
  }

  String reviewComments() {
    return reviewed.reviewComments();
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
