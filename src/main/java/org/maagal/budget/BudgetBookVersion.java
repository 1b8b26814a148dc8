package org.maagal.budget;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a cycle's budget book. Nothing is ever changed or deleted: each import is a new
 * version, and the newest version of the year is the cycle's current book.
 */
@Entity
@Table(name = "budget_book", uniqueConstraints = @UniqueConstraint(columnNames = {"cycle_year", "number"}))
class BudgetBookVersion {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(nullable = false)
  private int number;
  @Column(nullable = false, length = 300)
  private String source;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;
  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "book_id", nullable = false, updatable = false)
  @OrderColumn(name = "position")
  private List<BudgetClauseLine> clauses = new ArrayList<>();

  protected BudgetBookVersion() {
  }

  BudgetBookVersion(int cycleYear, int number, String source, String createdBy, Instant createdAt,
      List<BudgetClause> clauses) {
    this.cycleYear = cycleYear;
    this.number = number;
    this.source = source;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    clauses.forEach(clause -> this.clauses.add(new BudgetClauseLine(clause)));
  }

  long id() {
    return id;
  }

  int cycleYear() {
    return cycleYear;
  }

  int number() {
    return number;
  }

  String source() {
    return source;
  }

  Instant createdAt() {
    return createdAt;
  }

  String createdBy() {
    return createdBy;
  }

  /** The clauses in the order of the file they came from. */
  List<BudgetClause> clauses() {
    return clauses.stream().map(BudgetClauseLine::clause).toList();
  }
}
