package org.maagal.workplans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An edition of the cycle's book of work plans: compiled by the strategy unit once every plan is
 * approved, then approved by the steering committee or returned with comments for the next edition.
 */
@Entity
@Table(name = "work_plan_book")
class WorkPlanBook {

  enum Status { COMPILED, RETURNED, APPROVED }

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(nullable = false)
  private int edition;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;
  @Column(nullable = false)
  private Instant compiledAt;
  @Column(nullable = false, length = 100)
  private String compiledBy;
  private Instant decidedAt;
  @Column(length = 100)
  private String decidedBy;
  @Column(length = 4000)
  private String comments;

  protected WorkPlanBook() {
  }

  WorkPlanBook(int cycleYear, int edition, String compiledBy, Instant compiledAt) {
    this.cycleYear = cycleYear;
    this.edition = edition;
    this.status = Status.COMPILED;
    this.compiledBy = compiledBy;
    this.compiledAt = compiledAt;
  }

  void decide(boolean approved, String comments, String by, Instant at) {
    this.status = approved ? Status.APPROVED : Status.RETURNED;
    this.comments = comments;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  WorkPlanView.BookEdition view() {
    return new WorkPlanView.BookEdition(cycleYear, edition, status, compiledAt, compiledBy, decidedAt, decidedBy,
        comments);
  }

  int edition() {
    return edition;
  }

  Instant compiledAt() {
    return compiledAt;
  }
}
