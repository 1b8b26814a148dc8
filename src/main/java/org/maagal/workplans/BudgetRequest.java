package org.maagal.workplans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.maagal.budget.FundingKind;

/**
 * An additional budget request (בקשה לתקציב נוסף) of an activity: money beyond the budget book, with its purpose and
 * funding source, which the book's ceilings do not count; and finance's decision on it.
 */
@Entity
@Table(name = "work_plan_budget_request")
class BudgetRequest {

  @Id
  @GeneratedValue
  private Long id;
  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;
  @Column(nullable = false, length = 1000)
  private String purpose;
  @Enumerated(EnumType.STRING)
  @Column(name = "funding_kind", nullable = false, length = 20)
  private FundingKind fundingKind;
  @Column(length = 200)
  private String funder;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RequestStatus status;
  @Column(name = "approved_amount", precision = 19, scale = 2)
  private BigDecimal approvedAmount;
  @Column(name = "clause_code", length = 50)
  private String clauseCode;
  @Column(name = "finance_note", length = 1000)
  private String financeNote;
  @Column(name = "decided_by", length = 100)
  private String decidedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;

  protected BudgetRequest() {
  }

  BudgetRequest(BigDecimal amount, String purpose, FundingKind fundingKind, String funder) {
    change(amount, purpose, fundingKind, funder);
  }

  BudgetRequest copy() {
    var copy = new BudgetRequest(amount, purpose, fundingKind, funder);
    copy.status = status;
    copy.approvedAmount = approvedAmount;
    copy.clauseCode = clauseCode;
    copy.financeNote = financeNote;
    copy.decidedBy = decidedBy;
    copy.decidedAt = decidedAt;
    return copy;
  }

  /** The department's change: a request for other money is asked again, and finance decides it anew. */
  void change(BigDecimal amount, String purpose, FundingKind fundingKind, String funder) {
    boolean otherMoney = this.amount == null || amount.compareTo(this.amount) != 0 || fundingKind != this.fundingKind;
    this.amount = amount;
    this.purpose = purpose;
    this.fundingKind = fundingKind;
    this.funder = funder;
    if (otherMoney) {
      this.status = RequestStatus.REQUESTED;
      this.approvedAmount = null;
      this.clauseCode = null;
      this.decidedBy = null;
      this.decidedAt = null;
    }
  }

  void decide(RequestStatus status, BigDecimal approvedAmount, String clauseCode, String note, String by, Instant at) {
    this.status = status;
    this.approvedAmount = approvedAmount;
    this.clauseCode = clauseCode;
    this.financeNote = note;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  Long id() {
    return id;
  }

  BigDecimal amount() {
    return amount;
  }

  String purpose() {
    return purpose;
  }

  FundingKind fundingKind() {
    return fundingKind;
  }

  String funder() {
    return funder;
  }

  RequestStatus status() {
    return status;
  }

  BigDecimal approvedAmount() {
    return approvedAmount;
  }

  String clauseCode() {
    return clauseCode;
  }

  String financeNote() {
    return financeNote;
  }

  String decidedBy() {
    return decidedBy;
  }

  Instant decidedAt() {
    return decidedAt;
  }
}
