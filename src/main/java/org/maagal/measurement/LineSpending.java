package org.maagal.measurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * The actual spending of one budget line of the approved work plan in a report; the clause and the
 * planned amount are copied as the plan approved them, the activity's id weighs adherence by budget.
 */
@Entity
@Table(name = "measurement_spending")
class LineSpending {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "line_id", nullable = false)
  private long lineId;
  @Column(name = "activity_id", nullable = false)
  private long activityId;
  @Column(name = "clause_code", nullable = false, length = 50)
  private String clauseCode;
  @Column(name = "clause_name", nullable = false, length = 300)
  private String clauseName;
  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal planned;
  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal actual;

  protected LineSpending() {
  }

  LineSpending(long lineId, long activityId, String clauseCode, String clauseName, BigDecimal planned) {
    this.lineId = lineId;
    this.activityId = activityId;
    this.clauseCode = clauseCode;
    this.clauseName = clauseName;
    this.planned = planned;
    this.actual = BigDecimal.ZERO;
  }

  LineSpending copy() {
    var copy = new LineSpending(lineId, activityId, clauseCode, clauseName, planned);
    copy.actual = actual;
    return copy;
  }

  void report(BigDecimal actual) {
    this.actual = actual;
  }

  Long id() {
    return id;
  }

  long lineId() {
    return lineId;
  }

  long activityId() {
    return activityId;
  }

  String clauseCode() {
    return clauseCode;
  }

  String clauseName() {
    return clauseName;
  }

  BigDecimal planned() {
    return planned;
  }

  BigDecimal actual() {
    return actual;
  }
}
