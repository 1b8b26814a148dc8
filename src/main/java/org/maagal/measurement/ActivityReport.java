package org.maagal.measurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The status of one activity of the approved work plan in a report. Its title and end date are copied,
 * so the report reads the same whatever happens to the plan; the end date decides whether it is on time.
 */
@Entity
@Table(name = "measurement_activity_status")
class ActivityReport {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "activity_id", nullable = false)
  private long activityId;
  @Column(nullable = false, length = 500)
  private String title;
  @Column(name = "end_date")
  private LocalDate end;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ActivityStatus status;
  @Column(length = 2000)
  private String reason;

  protected ActivityReport() {
  }

  ActivityReport(long activityId, String title, LocalDate end) {
    this.activityId = activityId;
    this.title = title;
    this.end = end;
    this.status = ActivityStatus.IN_PROGRESS;
  }

  ActivityReport copy() {
    var copy = new ActivityReport(activityId, title, end);
    copy.status = status;
    copy.reason = reason;
    return copy;
  }

  void report(ActivityStatus status, String reason) {
    this.status = status;
    this.reason = reason;
  }

  Long id() {
    return id;
  }

  long activityId() {
    return activityId;
  }

  String title() {
    return title;
  }

  LocalDate end() {
    return end;
  }

  ActivityStatus status() {
    return status;
  }

  String reason() {
    return reason;
  }
}
