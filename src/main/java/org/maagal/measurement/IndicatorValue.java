package org.maagal.measurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * The actual value of one indicator in a report. The indicator's text and unit are copied as the tree
 * had them; with the target's id they find the indicator's baseline and target in the approved tree.
 */
@Entity
@Table(name = "measurement_indicator_value")
class IndicatorValue {

  @Id
  @GeneratedValue
  private Long id;
  @Column(nullable = false, length = 500)
  private String indicator;
  @Column(name = "target_id", nullable = false)
  private long targetId;
  @Column(length = 100)
  private String unit;
  @Column(precision = 19, scale = 4)
  private BigDecimal actual;
  @Column(length = 2000)
  private String note;

  protected IndicatorValue() {
  }

  IndicatorValue(String indicator, long targetId, String unit) {
    this.indicator = indicator;
    this.targetId = targetId;
    this.unit = unit;
  }

  IndicatorValue copy() {
    var copy = new IndicatorValue(indicator, targetId, unit);
    copy.actual = actual;
    copy.note = note;
    return copy;
  }

  void report(BigDecimal actual, String note) {
    this.actual = actual;
    this.note = note;
  }

  Long id() {
    return id;
  }

  String indicator() {
    return indicator;
  }

  long targetId() {
    return targetId;
  }

  String unit() {
    return unit;
  }

  BigDecimal actual() {
    return actual;
  }

  String note() {
    return note;
  }
}
