package org.maagal.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A year's mid-year control: when its deviations were flagged, and the strategy unit's conclusions in the report. */
@Entity
@Table(name = "control_year")
class ControlYear {

  @Id
  @Column(name = "cycle_year")
  private int cycleYear;
  @Column(name = "flagged_at", nullable = false)
  private Instant flaggedAt;
  @Column(length = 4000)
  private String conclusions;
  @Column(name = "compiled_by", length = 100)
  private String compiledBy;
  @Column(name = "compiled_at")
  private Instant compiledAt;
  @Version
  private long lock;

  protected ControlYear() {
  }

  ControlYear(int cycleYear, Instant flaggedAt) {
    this.cycleYear = cycleYear;
    this.flaggedAt = flaggedAt;
  }

  void compile(String conclusions, String by, Instant at) {
    this.conclusions = conclusions;
    this.compiledBy = by;
    this.compiledAt = at;
  }

  int cycleYear() {
    return cycleYear;
  }

  Instant flaggedAt() {
    return flaggedAt;
  }

  String conclusions() {
    return conclusions;
  }

  String compiledBy() {
    return compiledBy;
  }

  Instant compiledAt() {
    return compiledAt;
  }
}
