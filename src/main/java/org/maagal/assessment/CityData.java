package org.maagal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The research desk's contribution to a cycle's situation assessment: the resident survey ("the
 * city pulse", הדופק העירוני) and statistical-yearbook figures, with its key findings.
 */
@Entity
@Table(name = "city_data")
class CityData {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(precision = 5, scale = 2)
  private BigDecimal residentSatisfaction;
  private Integer surveyYear;
  private Integer surveyRespondents;
  private Integer population;
  private Integer yearbookYear;
  @Column(length = DepartmentAssessment.MAX_TEXT)
  private String findings;
  @Column(nullable = false, length = 100)
  private String submittedBy;
  @Column(nullable = false)
  private Instant submittedAt;

  protected CityData() {
  }

  CityData(int cycleYear, CityDataView.Figures figures, String submittedBy, Instant submittedAt) {
    this.cycleYear = cycleYear;
    this.residentSatisfaction = figures.residentSatisfaction();
    this.surveyYear = figures.surveyYear();
    this.surveyRespondents = figures.surveyRespondents();
    this.population = figures.population();
    this.yearbookYear = figures.yearbookYear();
    this.findings = figures.findings();
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  CityDataView view() {
    return new CityDataView(cycleYear, new CityDataView.Figures(residentSatisfaction, surveyYear, surveyRespondents,
        population, yearbookYear, findings), submittedBy, submittedAt);
  }
}
