package org.maagal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A significant gap of a cycle's review, its department's explanation and whether it carries into next year. */
@Entity
@Table(name = "review_gap")
class Gap {

  /** Who raised it: a rule over the results, or the strategy unit. */
  enum Source {
    RULE("rule"), STRATEGY_UNIT("strategy-unit");

    private final String key;

    Source(String key) {
      this.key = key;
    }

    String key() {
      return key;
    }
  }

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(name = "department_id", nullable = false, length = 100)
  private String departmentId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Source source;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private GapKind kind;
  @Column(name = "target_id")
  private Long targetId;
  @Column(length = 500)
  private String indicator;
  @Column(nullable = false, length = 1000)
  private String title;
  @Column(length = 4000)
  private String detail;
  @Column(length = 4000)
  private String explanation;
  @Column(length = 4000)
  private String treatment;
  @Column(length = 100)
  private String explainedBy;
  private Instant explainedAt;
  private Boolean carried;
  @Column(nullable = false, length = 100)
  private String createdBy;
  @Column(nullable = false)
  private Instant createdAt;
  @Version
  private long lock;

  protected Gap() {
  }

  Gap(int cycleYear, String departmentId, Source source, GapKind kind, Long targetId, String indicator, String title,
      String detail, String createdBy, Instant createdAt) {
    this.cycleYear = cycleYear;
    this.departmentId = departmentId;
    this.source = source;
    this.kind = kind;
    this.targetId = targetId;
    this.indicator = indicator;
    this.title = title;
    this.detail = detail;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void explain(String explanation, String treatment, String by, Instant at) {
    this.explanation = explanation;
    this.treatment = treatment;
    this.explainedBy = by;
    this.explainedAt = at;
  }

  void carry(boolean carried) {
    this.carried = carried;
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

  Source source() {
    return source;
  }

  GapKind kind() {
    return kind;
  }

  Long targetId() {
    return targetId;
  }

  String indicator() {
    return indicator;
  }

  String title() {
    return title;
  }

  String detail() {
    return detail;
  }

  String explanation() {
    return explanation;
  }

  String treatment() {
    return treatment;
  }

  String explainedBy() {
    return explainedBy;
  }

  Instant explainedAt() {
    return explainedAt;
  }

  Boolean carried() {
    return carried;
  }
}
