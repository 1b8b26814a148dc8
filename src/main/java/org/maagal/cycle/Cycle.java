package org.maagal.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One year's planning cycle, linked to the process instance that runs it. */
@Entity
@Table(name = "planning_cycle")
class Cycle {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "planning_year", nullable = false, unique = true)
  private int year;

  @Column(nullable = false, unique = true)
  private String businessKey;

  @Column(unique = true)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CyclePhase phase;

  @Column(nullable = false)
  private Instant startedAt;

  @Column(nullable = false)
  private String startedBy;

  @Version
  private long version;

  protected Cycle() {
  }

  Cycle(int year, String startedBy, Instant startedAt) {
    this.year = year;
    this.businessKey = CycleProcess.businessKeyOf(year);
    this.phase = CyclePhase.SITUATION_ASSESSMENT;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
  }

  void runBy(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void enter(CyclePhase phase) {
    this.phase = phase;
  }

  Long getId() {
    return id;
  }

  int getYear() {
    return year;
  }

  String getBusinessKey() {
    return businessKey;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  CyclePhase getPhase() {
    return phase;
  }

  Instant getStartedAt() {
    return startedAt;
  }

  String getStartedBy() {
    return startedBy;
  }
}
