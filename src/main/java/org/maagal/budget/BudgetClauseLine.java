package org.maagal.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One clause of a budget book version, as stored; {@link BudgetClause} is how the rest of the code sees it. */
@Entity
@Table(name = "budget_clause")
class BudgetClauseLine {

  @Id
  @GeneratedValue
  private Long id;
  @Column(nullable = false, length = 50)
  private String code;
  @Column(nullable = false, length = 300)
  private String name;
  @Column(name = "department_id", nullable = false, length = 100)
  private String departmentId;
  @Enumerated(EnumType.STRING)
  @Column(name = "budget_type", nullable = false, length = 20)
  private BudgetType budgetType;
  @Enumerated(EnumType.STRING)
  @Column(name = "funding_kind", nullable = false, length = 20)
  private FundingKind fundingKind;
  @Column(length = 200)
  private String funder;
  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  protected BudgetClauseLine() {
  }

  BudgetClauseLine(BudgetClause clause) {
    this.code = clause.code();
    this.name = clause.name();
    this.departmentId = clause.departmentId();
    this.budgetType = clause.type();
    this.fundingKind = clause.source().kind();
    this.funder = clause.source().funder();
    this.amount = clause.amount();
  }

  BudgetClause clause() {
    return new BudgetClause(code, name, departmentId, budgetType, new FundingSource(fundingKind, funder), amount);
  }
}
