package org.maagal.workplans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.maagal.budget.BudgetClause;
import org.maagal.budget.BudgetType;
import org.maagal.budget.FundingKind;
import org.maagal.budget.FundingSource;

/**
 * A budget line of an activity: money from one clause of the budget book. The clause's name, type and
 * funding source are copied as the department saw them, so a later budget book does not change a plan.
 */
@Entity
@Table(name = "work_plan_budget_line")
class BudgetLine {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "clause_code", nullable = false, length = 50)
  private String clauseCode;
  @Column(name = "clause_name", nullable = false, length = 300)
  private String clauseName;
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
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private LineStatus status;

  protected BudgetLine() {
  }

  BudgetLine(BudgetClause clause, BigDecimal amount) {
    this.clauseCode = clause.code();
    this.clauseName = clause.name();
    this.budgetType = clause.type();
    this.fundingKind = clause.source().kind();
    this.funder = clause.source().funder();
    this.amount = amount;
    this.status = LineStatus.REQUESTED;
  }

  BudgetLine copy() {
    var copy = new BudgetLine();
    copy.clauseCode = clauseCode;
    copy.clauseName = clauseName;
    copy.budgetType = budgetType;
    copy.fundingKind = fundingKind;
    copy.funder = funder;
    copy.amount = amount;
    copy.status = status;
    return copy;
  }

  /**
   * The department's change of the line. Finance approved or cut the money as it was asked: this amount from
   * this clause, of its type and funding source. A line that asks for other money (another amount, another
   * clause, or the same clause code that a newer budget book gives another type or source) is requested again,
   * and finance looks at it anew. The same money asked again (a page that saves the line unchanged, "120,000"
   * for 120000.00) or only the clause's name changed by a newer budget book keeps finance's mark.
   */
  void change(BudgetClause clause, BigDecimal amount) {
    boolean otherMoney = amount.compareTo(this.amount) != 0 || !clause.code().equals(clauseCode)
        || clause.type() != budgetType || !clause.source().equals(source());
    if (otherMoney) {
      this.status = LineStatus.REQUESTED;
    }
    this.clauseCode = clause.code();
    this.clauseName = clause.name();
    this.budgetType = clause.type();
    this.fundingKind = clause.source().kind();
    this.funder = clause.source().funder();
    this.amount = amount;
  }

  void mark(LineStatus status) {
    this.status = status;
  }

  /** What the line adds to the plan's sums: nothing once cut. */
  BigDecimal counted() {
    return status == LineStatus.CUT ? BigDecimal.ZERO : amount;
  }

  Long id() {
    return id;
  }

  String clauseCode() {
    return clauseCode;
  }

  String clauseName() {
    return clauseName;
  }

  BudgetType budgetType() {
    return budgetType;
  }

  FundingSource source() {
    return new FundingSource(fundingKind, funder);
  }

  BigDecimal amount() {
    return amount;
  }

  LineStatus status() {
    return status;
  }
}
