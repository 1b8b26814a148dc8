package org.maagal.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.maagal.spreadsheets.CsvFile;
import org.maagal.spreadsheets.SpreadsheetReader;

/**
 * The design committee's yearly revision of the demo's targets, on the goal tree's own sheet: a target whose
 * year has passed, or that its baseline (last year's measured value) already meets, gets a new one for the
 * cycle's year, a few percent beyond the baseline in the indicator's direction. Without it a demo city's targets
 * would stay those of its first year, and ten demo years would show flat lines.
 */
final class DemoTargets {

  static final String BASELINE = "ערך בסיס";
  static final String TARGET = "ערך יעד";
  static final String TARGET_YEAR = "שנת יעד";
  static final String DIRECTION = "כיוון";
  static final String UNIT = "יחידת מידה";
  static final String INDICATOR = "מדד";
  static final String LOWER_IS_BETTER = "ירידה";
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private DemoTargets() {
  }

  /** The sheet with the stale targets renewed; null when none is stale. */
  static byte[] revise(byte[] sheet, int year) {
    String text = new String(sheet, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    try {
      var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new StringReader(text));
      var headers = records.getHeaderNames();
      var rows = new ArrayList<List<String>>();
      boolean revised = false;
      for (CSVRecord record : records) {
        var row = new ArrayList<>(record.toList());
        revised |= renew(row, headers, year);
        rows.add(row);
      }
      return revised ? CsvFile.write(headers, rows) : null;
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  private static boolean renew(List<String> row, List<String> headers, int year) {
    var baseline = number(row, headers.indexOf(BASELINE));
    var target = number(row, headers.indexOf(TARGET));
    String targetYear = row.get(headers.indexOf(TARGET_YEAR));
    if (baseline == null || target == null || targetYear == null || targetYear.isBlank()) {
      return false;
    }
    boolean lower = LOWER_IS_BETTER.equals(row.get(headers.indexOf(DIRECTION)).strip());
    boolean met = lower ? baseline.compareTo(target) <= 0 : baseline.compareTo(target) >= 0;
    if (Integer.parseInt(targetYear.strip()) >= year && !met) {
      return false;
    }
    double share = 0.05 + DemoFigures.random(year, "target" + row.get(headers.indexOf(INDICATOR))).nextDouble() * 0.1;
    boolean whole = baseline.stripTrailingZeros().scale() <= 0;
    var step = baseline.abs().multiply(BigDecimal.valueOf(share)).setScale(whole ? 0 : 1, RoundingMode.HALF_UP)
        .max(whole ? BigDecimal.ONE : new BigDecimal("0.1"));
    var renewed = lower ? baseline.subtract(step).max(BigDecimal.ZERO) : baseline.add(step);
    if ("%".equals(row.get(headers.indexOf(UNIT)).strip())) {
      renewed = renewed.min(BigDecimal.valueOf(100));
    }
    row.set(headers.indexOf(TARGET), renewed.toPlainString());
    row.set(headers.indexOf(TARGET_YEAR), String.valueOf(year));
    return renewed.compareTo(target) != 0 || Integer.parseInt(targetYear.strip()) != year;
  }

  private static BigDecimal number(List<String> row, int column) {
    return column < 0 ? null : SpreadsheetReader.number(row.get(column)).orElse(null);
  }
}
