package org.maagal.picture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The close of a year's situation assessment: the strategy unit's summary of the city's picture, by whom, when. */
@Entity
@Table(name = "city_picture")
class CityPicture {

  static final int MAX_SUMMARY = 4000;

  @Id
  @Column(name = "cycle_year")
  private int cycleYear;
  @Column(nullable = false, length = MAX_SUMMARY)
  private String summary;
  @Column(nullable = false, length = 100)
  private String closedBy;
  @Column(nullable = false)
  private Instant closedAt;

  protected CityPicture() {
  }

  CityPicture(int cycleYear, String summary, String closedBy, Instant closedAt) {
    this.cycleYear = cycleYear;
    this.summary = summary;
    this.closedBy = closedBy;
    this.closedAt = closedAt;
  }

  String summary() {
    return summary;
  }

  String closedBy() {
    return closedBy;
  }

  Instant closedAt() {
    return closedAt;
  }
}
