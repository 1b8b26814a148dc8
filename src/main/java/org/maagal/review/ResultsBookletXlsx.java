package org.maagal.review;

import static org.maagal.review.BookletText.list;
import static org.maagal.review.BookletText.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maagal.control.ControlSheet;
import org.maagal.control.DeviationView;
import org.maagal.goals.GoalTreeView.Measure;
import org.maagal.measurement.Adherence;
import org.maagal.review.BookletText.Status;
import org.maagal.review.ResultsView.DepartmentResults;
import org.maagal.review.ResultsView.DomainResults;
import org.maagal.review.ResultsView.GapView;
import org.maagal.review.ResultsView.GoalResults;
import org.maagal.review.ResultsView.IndicatorResult;
import org.maagal.review.ResultsView.TargetResults;
import org.maagal.spreadsheets.SheetTemplate;
import org.springframework.stereotype.Component;

/**
 * The measurement booklet as an Excel workbook, right to left: the summary, a row per indicator with its
 * domain, goal and target, a row per department, a row per gap. Values, counts, amounts and percentages
 * are numbers (a percentage as the booklet prints it, 72.5 for 72.5%, its column headed "%"), so that the
 * strategy unit can sort, filter and chart them; a status is its Hebrew word, in a cell of its colour.
 */
@Component
class ResultsBookletXlsx {

  static final String SUMMARY_SHEET = BookletText.SUMMARY;
  static final String INDICATORS_SHEET = BookletText.INDICATORS;
  static final String DEPARTMENTS_SHEET = "מחלקות";
  static final String CONTROL_SHEET = BookletText.CONTROL;
  static final String GAPS_SHEET = BookletText.GAPS;

  private static final int CHARACTER_WIDTH = SheetTemplate.CHARACTER_WIDTH;

  /** The booklet of these results, with a sheet of the mid-year control's deviations the same reader may see. */
  byte[] xlsx(ResultsView results, List<DeviationView> control) {
    try (var workbook = new XSSFWorkbook()) {
      var styles = new Styles(workbook);
      writeSummary(sheet(workbook, SUMMARY_SHEET), results, styles);
      writeIndicators(sheet(workbook, INDICATORS_SHEET), results, styles);
      writeDepartments(sheet(workbook, DEPARTMENTS_SHEET), results, styles);
      ControlSheet.write(workbook, CONTROL_SHEET, control);
      writeGaps(sheet(workbook, GAPS_SHEET), results, styles);
      try (var bytes = new ByteArrayOutputStream()) {
        workbook.write(bytes);
        return bytes.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a workbook to memory cannot fail", e);
    }
  }

  private static XSSFSheet sheet(XSSFWorkbook workbook, String name) {
    var sheet = workbook.createSheet(name);
    sheet.setRightToLeft(true);
    return sheet;
  }

  private static void writeSummary(XSSFSheet sheet, ResultsView results, Styles styles) {
    var title = new StringBuilder(BookletText.TITLE).append(' ').append(results.year());
    if (results.departmentName() != null) {
      title.append(" — ").append(text(results.departmentName()));
    }
    textCell(sheet.createRow(0), 0, title.toString(), styles.title);
    int next = 2;
    if (results.round() == null) {
      textCell(sheet.createRow(next++), 0, BookletText.NO_ROUND, null);
    } else {
      var round = sheet.createRow(next++);
      textCell(round, 0, BookletText.ROUND, styles.bold);
      textCell(round, 1, text(results.roundName()).isEmpty() ? results.round().hebrewName() : results.roundName(),
          null);
      var measured = sheet.createRow(next++);
      textCell(measured, 0, BookletText.MEASURED_AT, styles.bold);
      dateCell(measured, 1, results.measuredAt(), styles.date);
    }
    next++;
    header(sheet.createRow(next++), styles, BookletText.STATUS, BookletText.INDICATORS_COUNT);
    for (Status status : Status.values()) {
      var row = sheet.createRow(next++);
      textCell(row, 0, status.word, styles.status(status));
      row.createCell(1).setCellValue(status.of(results.count()));
    }
    var total = sheet.createRow(next++);
    textCell(total, 0, BookletText.TOTAL, styles.bold);
    total.createCell(1).setCellValue(BookletText.total(results.count()));
    next++;

    textCell(sheet.createRow(next++), 0, BookletText.ADHERENCE + " — "
        + (results.departmentName() == null ? BookletText.CITY : text(results.departmentName())), styles.bold);
    var adherence = results.cityAdherence();
    if (adherence == null) {
      textCell(sheet.createRow(next++), 0, BookletText.NO_ADHERENCE, null);
    } else {
      next = adherenceRows(sheet, next, adherence, styles);
    }
    next++;
    var lessons = results.lessons();
    next = textRow(sheet, next, BookletText.LESSONS, lessons == null ? null : lessons.lessons(),
        BookletText.NO_LESSONS, styles);
    textRow(sheet, next, BookletText.SUCCESSES, lessons == null ? null : lessons.successes(), BookletText.NO_SUCCESSES,
        styles);
    sheet.setColumnWidth(0, 34 * CHARACTER_WIDTH);
    sheet.setColumnWidth(1, 80 * CHARACTER_WIDTH);
  }

  private static int adherenceRows(XSSFSheet sheet, int first, Adherence adherence, Styles styles) {
    int next = first;
    next = numberRow(sheet, next, "פעילויות", adherence.activities(), styles.count);
    next = numberRow(sheet, next, BookletText.ON_TIME, adherence.onTime(), styles.count);
    next = numberRow(sheet, next, BookletText.ON_TIME + " (%)", adherence.onTimePercent(), styles.percent);
    next = numberRow(sheet, next, "תקציב מתוכנן (₪)", adherence.planned(), styles.amount);
    next = numberRow(sheet, next, "תקציב הפעילויות שבזמן (₪)", adherence.plannedOnTime(), styles.amount);
    next = numberRow(sheet, next, BookletText.BUDGET_ON_TIME + " (%)", adherence.budgetOnTimePercent(), styles.percent);
    next = numberRow(sheet, next, "ביצוע בפועל (₪)", adherence.spent(), styles.amount);
    return numberRow(sheet, next, BookletText.EXECUTION + " (%)", adherence.executionPercent(), styles.percent);
  }

  private static int numberRow(XSSFSheet sheet, int at, String label, Number value, CellStyle style) {
    var row = sheet.createRow(at);
    textCell(row, 0, label, null);
    numberCell(row, 1, value == null ? null : new BigDecimal(value.toString()), style);
    return at + 1;
  }

  private static int textRow(XSSFSheet sheet, int at, String label, String text, String whenBlank, Styles styles) {
    var row = sheet.createRow(at);
    textCell(row, 0, label, styles.bold);
    textCell(row, 1, text(text).isEmpty() ? whenBlank : text, styles.wrapped);
    return at + 1;
  }

  /** The indicator sheet's columns, right to left as the sheet shows them, with their widths in characters. */
  private enum IndicatorColumn {
    DOMAIN(BookletText.DOMAIN, 14), GOAL(BookletText.GOAL, 30), TARGET(BookletText.TARGET, 34),
    INDICATOR(BookletText.INDICATOR, 36), UNIT(BookletText.UNIT, 10), DIRECTION(BookletText.DIRECTION, 8),
    OWNER(BookletText.OWNER, 20), CEO(BookletText.CEO_INDICATORS, 10), BASELINE(BookletText.BASELINE, 11),
    BASELINE_YEAR(BookletText.BASELINE_YEAR, 9), TARGET_VALUE(BookletText.TARGET_VALUE, 11),
    TARGET_YEAR(BookletText.TARGET_YEAR, 9), SEMI_ANNUAL(BookletText.SEMI_ANNUAL, 11), ANNUAL(BookletText.ANNUAL, 11),
    STATUS(BookletText.STATUS, 10), NOTE(BookletText.NOTE, 30);

    final String header;
    final int width;

    IndicatorColumn(String header, int width) {
      this.header = header;
      this.width = width;
    }
  }

  private static void writeIndicators(XSSFSheet sheet, ResultsView results, Styles styles) {
    var headers = sheet.createRow(0);
    for (IndicatorColumn column : IndicatorColumn.values()) {
      textCell(headers, column.ordinal(), column.header, styles.header);
      sheet.setColumnWidth(column.ordinal(), column.width * CHARACTER_WIDTH);
    }
    int next = 1;
    for (DomainResults domain : list(results.domains())) {
      for (GoalResults goal : list(domain.goals())) {
        for (TargetResults target : list(goal.targets())) {
          for (IndicatorResult indicator : list(target.indicators())) {
            var row = sheet.createRow(next++);
            textCell(row, IndicatorColumn.DOMAIN.ordinal(), domain.domainName(), styles.wrapped);
            textCell(row, IndicatorColumn.GOAL.ordinal(), goal.goal(), styles.wrapped);
            textCell(row, IndicatorColumn.TARGET.ordinal(), target.target(), styles.wrapped);
            textCell(row, IndicatorColumn.INDICATOR.ordinal(), indicator.indicator(), styles.wrapped);
            textCell(row, IndicatorColumn.UNIT.ordinal(), indicator.unit(), styles.wrapped);
            textCell(row, IndicatorColumn.DIRECTION.ordinal(),
                indicator.direction() == null ? "" : indicator.direction().hebrew(), styles.wrapped);
            textCell(row, IndicatorColumn.OWNER.ordinal(), indicator.ownerDepartmentName(), styles.wrapped);
            textCell(row, IndicatorColumn.CEO.ordinal(), indicator.ceoIndicator() ? BookletText.YES : BookletText.NO,
                styles.wrapped);
            numberCell(row, IndicatorColumn.BASELINE.ordinal(), value(indicator.baseline()), styles.value);
            yearCell(row, IndicatorColumn.BASELINE_YEAR.ordinal(), indicator.baseline(), styles.top);
            numberCell(row, IndicatorColumn.TARGET_VALUE.ordinal(), value(indicator.target()), styles.value);
            yearCell(row, IndicatorColumn.TARGET_YEAR.ordinal(), indicator.target(), styles.top);
            numberCell(row, IndicatorColumn.SEMI_ANNUAL.ordinal(), indicator.semiAnnual(), styles.value);
            numberCell(row, IndicatorColumn.ANNUAL.ordinal(), indicator.annual(), styles.value);
            textCell(row, IndicatorColumn.STATUS.ordinal(),
                BookletText.statusWord(indicator.status(), indicator.statusName()),
                styles.status(Status.of(indicator.status())));
            textCell(row, IndicatorColumn.NOTE.ordinal(), indicator.note(), styles.wrapped);
          }
        }
      }
    }
    if (next == 1) {
      textCell(sheet.createRow(next), 0, BookletText.NO_INDICATORS, null);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(next - 1, 0), 0,
        IndicatorColumn.values().length - 1));
  }

  private static void writeDepartments(XSSFSheet sheet, ResultsView results, Styles styles) {
    header(sheet.createRow(0), styles, BookletText.DEPARTMENT, BookletText.SEMI_ANNUAL_REPORT,
        BookletText.ANNUAL_REPORT, Status.GREEN.word, Status.AMBER.word, Status.RED.word, Status.NONE.word,
        "פעילויות", "בזמן", BookletText.ON_TIME + " (%)", "תקציב מתוכנן (₪)", BookletText.BUDGET_ON_TIME + " (%)",
        "ביצוע בפועל (₪)", BookletText.EXECUTION + " (%)");
    int next = 1;
    for (DepartmentResults department : list(results.departments())) {
      var row = sheet.createRow(next++);
      textCell(row, 0, department.departmentName(), styles.wrapped);
      textCell(row, 1, report(department.semiAnnualStatus()), styles.wrapped);
      textCell(row, 2, report(department.annualStatus()), styles.wrapped);
      int column = 3;
      for (Status status : Status.values()) {
        row.createCell(column++).setCellValue(status.of(department.count()));
      }
      var adherence = department.adherence();
      if (adherence != null) {
        numberCell(row, 7, BigDecimal.valueOf(adherence.activities()), styles.count);
        numberCell(row, 8, BigDecimal.valueOf(adherence.onTime()), styles.count);
        numberCell(row, 9, adherence.onTimePercent(), styles.percent);
        numberCell(row, 10, adherence.planned(), styles.amount);
        numberCell(row, 11, adherence.budgetOnTimePercent(), styles.percent);
        numberCell(row, 12, adherence.spent(), styles.amount);
        numberCell(row, 13, adherence.executionPercent(), styles.percent);
      }
    }
    if (next == 1) {
      textCell(sheet.createRow(next), 0, BookletText.NO_DEPARTMENTS, null);
    }
    sheet.setColumnWidth(0, 26 * CHARACTER_WIDTH);
    for (int column = 1; column <= 13; column++) {
      sheet.setColumnWidth(column, (column <= 2 ? 14 : column == 10 || column == 12 ? 15 : 11) * CHARACTER_WIDTH);
    }
    sheet.createFreezePane(1, 1);
  }

  private static void writeGaps(XSSFSheet sheet, ResultsView results, Styles styles) {
    String[] headers = {BookletText.DEPARTMENT, BookletText.KIND, BookletText.INDICATOR, BookletText.GAP,
        BookletText.DETAIL, BookletText.EXPLANATION, BookletText.TREATMENT, BookletText.CARRIED};
    int[] widths = {20, 16, 28, 30, 36, 44, 40, 12};
    header(sheet.createRow(0), styles, headers);
    for (int column = 0; column < widths.length; column++) {
      sheet.setColumnWidth(column, widths[column] * CHARACTER_WIDTH);
    }
    int next = 1;
    for (GapView gap : list(results.gaps())) {
      var row = sheet.createRow(next++);
      textCell(row, 0, gap.departmentName(), styles.wrapped);
      textCell(row, 1, gap.kindName(), styles.wrapped);
      textCell(row, 2, gap.indicator(), styles.wrapped);
      textCell(row, 3, gap.title(), styles.wrapped);
      textCell(row, 4, gap.detail(), styles.wrapped);
      textCell(row, 5, gap.explanation(), styles.wrapped);
      textCell(row, 6, gap.treatment(), styles.wrapped);
      textCell(row, 7, BookletText.carried(gap.carried()), styles.wrapped);
    }
    if (next == 1) {
      textCell(sheet.createRow(next), 0, BookletText.NO_GAPS, null);
    }
    sheet.createFreezePane(0, 1);
  }

  private static String report(String status) {
    return text(status).isEmpty() ? BookletText.NOT_SUBMITTED : status;
  }

  private static BigDecimal value(Measure measure) {
    return measure == null ? null : measure.value();
  }

  private static void header(Row row, Styles styles, String... titles) {
    for (int index = 0; index < titles.length; index++) {
      textCell(row, index, titles[index], styles.header);
    }
  }

  private static void textCell(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(text(value));
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** A number as a number; no value leaves the cell empty, not 0, since 0 is a value an indicator can have. */
  private static void numberCell(Row row, int column, BigDecimal value, CellStyle style) {
    var cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
    cell.setCellStyle(style);
  }

  private static void yearCell(Row row, int column, Measure measure, CellStyle style) {
    var cell = row.createCell(column);
    if (measure != null && measure.year() != null) {
      cell.setCellValue(measure.year());
    }
    cell.setCellStyle(style);
  }

  private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
    var cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
  }

  /** A workbook's cell styles, made once: Excel allows a few thousand per file. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle bold;
    final CellStyle header;
    final CellStyle wrapped;
    final CellStyle top;
    final CellStyle date;
    final CellStyle value;
    final CellStyle count;
    final CellStyle amount;
    final CellStyle percent;
    private final CellStyle[] statuses = new CellStyle[Status.values().length];

    Styles(XSSFWorkbook workbook) {
      var format = workbook.createDataFormat();
      var big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      var boldFont = workbook.createFont();
      boldFont.setBold(true);

      title = workbook.createCellStyle();
      title.setFont(big);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      bold.setVerticalAlignment(VerticalAlignment.TOP);
      header = SheetTemplate.headerStyle(workbook);
      wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      wrapped.setVerticalAlignment(VerticalAlignment.TOP);
      top = workbook.createCellStyle();
      top.setVerticalAlignment(VerticalAlignment.TOP);
      date = workbook.createCellStyle();
      date.cloneStyleFrom(top);
      date.setDataFormat(format.getFormat("dd/mm/yyyy"));
      value = workbook.createCellStyle();
      value.cloneStyleFrom(top);
      value.setDataFormat(format.getFormat("#,##0.##"));
      count = workbook.createCellStyle();
      count.cloneStyleFrom(top);
      count.setDataFormat(format.getFormat("#,##0"));
      amount = workbook.createCellStyle();
      amount.cloneStyleFrom(count);
      percent = workbook.createCellStyle();
      percent.cloneStyleFrom(top);
      percent.setDataFormat(format.getFormat("0.0"));
      // the status's word on a pale shade of its colour, as spreadsheets mark good and bad
      String[] colours = {"C6EFCE", "FFEB9C", "FFC7CE", "EDEDED"};
      for (Status status : Status.values()) {
        var style = workbook.createCellStyle();
        style.cloneStyleFrom(top);
        style.setFillForegroundColor(new XSSFColor(hex(colours[status.ordinal()]), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        statuses[status.ordinal()] = style;
      }
    }

    CellStyle status(Status status) {
      return statuses[status.ordinal()];
    }

    private static byte[] hex(String rgb) {
      return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
          (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
  }
}
