package org.maagal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A cycle's review as it goes: the list of gaps closed by the strategy unit (then departments explain
 * them), the lessons and successes recorded, the steering committee's decision on what carries.
 */
@Entity
@Table(name = "review_year")
class YearReview {

  @Id
  @Column(name = "cycle_year")
  private Integer cycleYear;
  @Column(length = 100)
  private String gapsClosedBy;
  private Instant gapsClosedAt;
  @Column(length = 8000)
  private String lessons;
  @Column(length = 8000)
  private String successes;
  @Column(length = 100)
  private String lessonsBy;
  private Instant lessonsAt;
  @Column(length = 100)
  private String decidedBy;
  private Instant decidedAt;
  @Version
  private long lock;

  protected YearReview() {
  }

  YearReview(int cycleYear) {
    this.cycleYear = cycleYear;
  }

  void closeGaps(String by, Instant at) {
    this.gapsClosedBy = by;
    this.gapsClosedAt = at;
  }

  void recordLessons(String lessons, String successes, String by, Instant at) {
    this.lessons = lessons;
    this.successes = successes;
    this.lessonsBy = by;
    this.lessonsAt = at;
  }

  void decide(String by, Instant at) {
    this.decidedBy = by;
    this.decidedAt = at;
  }

  boolean gapsClosed() {
    return gapsClosedAt != null;
  }

  boolean decided() {
    return decidedAt != null;
  }

  String lessons() {
    return lessons;
  }

  String successes() {
    return successes;
  }

  String lessonsBy() {
    return lessonsBy;
  }

  Instant lessonsAt() {
    return lessonsAt;
  }

  String decidedBy() {
    return decidedBy;
  }

  Instant decidedAt() {
    return decidedAt;
  }
}
