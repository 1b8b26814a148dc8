package org.maagal.workplans;

import static org.maagal.workplans.BookText.list;
import static org.maagal.workplans.BookText.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maagal.workplans.BookOfWorkPlans.Activity;
import org.maagal.workplans.BookOfWorkPlans.DepartmentPlan;
import org.maagal.workplans.BookOfWorkPlans.Line;
import org.maagal.workplans.BookOfWorkPlans.Total;
import org.springframework.stereotype.Component;

/**
 * The book of work plans as an Excel workbook: a summary sheet, then a sheet per department with a row
 * per budget line under its activity. Amounts are numbers and dates are dates, so that the finance
 * department can sum, filter and pivot them; the totals are the book's own, which leave out lines that
 * were cut, rather than formulas over every line.
 */
@Component
class BookXlsx {

  static final int SHEET_NAME_LIMIT = 31;
  private static final int CHARACTER_WIDTH = 256;
  /** Excel keeps this name for itself. */
  private static final String RESERVED_SHEET_NAME = "history";

  /** The department sheet's columns, right to left as the sheet shows them, with their widths in characters. */
  private enum Column {
    ACTIVITY(BookText.ACTIVITY, 32), OWNER(BookText.OWNER, 16), START(BookText.START, 11),
    END(BookText.END, 11), Q1(BookText.quarter(1), 22), Q2(BookText.quarter(2), 22), Q3(BookText.quarter(3), 22),
    Q4(BookText.quarter(4), 22), OUTPUT(BookText.OUTPUT_MEASURE, 24), TARGETS(BookText.LINKED_TARGETS, 40),
    CLAUSE_CODE(BookText.CLAUSE_CODE, 12), CLAUSE_NAME(BookText.CLAUSE_NAME, 26), TYPE(BookText.TYPE, 12),
    SOURCE(BookText.SOURCE, 18), AMOUNT(BookText.AMOUNT + " (₪)", 15), STATUS(BookText.STATUS, 12);

    final String header;
    final int width;

    Column(String header, int width) {
      this.header = header;
      this.width = width;
    }
  }

  byte[] write(BookOfWorkPlans book) {
    try (var workbook = new XSSFWorkbook()) {
      var styles = new Styles(workbook);
      var summary = workbook.createSheet(BookText.SUMMARY);
      var taken = new HashSet<>(Set.of(key(BookText.SUMMARY), RESERVED_SHEET_NAME));
      var sheetNames = list(book.departments()).stream().map(d -> sheetName(d.departmentName(), taken)).toList();
      writeSummary(summary, book, sheetNames, styles);
      for (int index = 0; index < sheetNames.size(); index++) {
        writeDepartment(workbook.createSheet(sheetNames.get(index)), book.departments().get(index), styles);
      }
      try (var bytes = new ByteArrayOutputStream()) {
        workbook.write(bytes);
        return bytes.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a workbook to memory cannot fail", e);
    }
  }

  /**
   * A department's name as Excel accepts it for a sheet: the characters it refuses become spaces, at most
   * 31 characters (cut at a word where one is near), not starting or ending with an apostrophe, and unlike
   * every name already taken (Excel compares them without case).
   */
  static String sheetName(String departmentName, Set<String> taken) {
    var base = text(departmentName).replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ")
        .replaceAll("^[' ]+|[' ]+$", "");
    if (base.isEmpty()) {
      base = BookText.DEPARTMENT;
    }
    var name = cut(base, SHEET_NAME_LIMIT);
    for (int copy = 2; taken.contains(key(name)); copy++) {
      var suffix = " (" + copy + ")";
      name = cut(base, SHEET_NAME_LIMIT - suffix.length()) + suffix;
    }
    taken.add(key(name));
    return name;
  }

  private static String key(String sheetName) {
    return sheetName.toLowerCase(Locale.ROOT);
  }

  private static String cut(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = length;
    int space = text.lastIndexOf(' ', length);
    if (space > length * 2 / 3) {
      end = space;
    } else if (Character.isHighSurrogate(text.charAt(length - 1))) {
      end = length - 1;
    }
    return text.substring(0, end).replaceAll("[' ]+$", "");
  }

  private static void writeSummary(XSSFSheet sheet, BookOfWorkPlans book, List<String> sheetNames, Styles styles) {
    sheet.setRightToLeft(true);
    var title = sheet.createRow(0);
    textCell(title, 0, BookText.TITLE + " " + book.year() + " — " + text(book.municipality()), styles.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
    textCell(sheet.createRow(1), 0, BookText.COMPILED + ": " + BookText.compiled(book.compiledAt()), null);

    int next = 3;
    next = writeTotals(sheet, next, BookText.BY_DOMAIN, BookText.DOMAIN, list(book.byDomain()), styles);
    next = writeTotals(sheet, next + 1, BookText.BY_SOURCE, BookText.SOURCE, list(book.bySource()), styles);
    if (!list(book.byEmphasis()).isEmpty()) {
      next = writeTotals(sheet, next + 1, BookText.BY_EMPHASIS, BookText.EMPHASIS, list(book.byEmphasis()), styles);
    }
    var total = sheet.createRow(next + 1);
    textCell(total, 0, BookText.GRAND_TOTAL, styles.totalText);
    amountCell(total, 1, book.total(), styles.totalAmount);
    next += 3;

    textCell(sheet.createRow(next++), 0, BookText.BY_DEPARTMENT, styles.section);
    header(sheet.createRow(next++), styles,
        BookText.DEPARTMENT, BookText.AMOUNT + " (₪)", BookText.VERSION, BookText.STATUS);
    var departments = list(book.departments());
    for (int index = 0; index < departments.size(); index++) {
      var department = departments.get(index);
      var row = sheet.createRow(next++);
      var name = row.createCell(0);
      name.setCellValue(text(department.departmentName()));
      name.setCellStyle(styles.link);
      // a click on the department opens its sheet
      var link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      link.setAddress("'" + sheetNames.get(index).replace("'", "''") + "'!A1");
      name.setHyperlink(link);
      amountCell(row, 1, department.total(), styles.amount);
      row.createCell(2).setCellValue(department.version());
      textCell(row, 3, department.status(), null);
    }
    sheet.setColumnWidth(0, 40 * CHARACTER_WIDTH);
    sheet.setColumnWidth(1, 18 * CHARACTER_WIDTH);
    sheet.setColumnWidth(2, 8 * CHARACTER_WIDTH);
    sheet.setColumnWidth(3, 14 * CHARACTER_WIDTH);
  }

  /** A titled table of sums; answers the row after it. */
  private static int writeTotals(XSSFSheet sheet, int first, String title, String nameHeader, List<Total> totals,
      Styles styles) {
    int next = first;
    textCell(sheet.createRow(next++), 0, title, styles.section);
    header(sheet.createRow(next++), styles, nameHeader, BookText.AMOUNT + " (₪)");
    for (Total total : totals) {
      var row = sheet.createRow(next++);
      textCell(row, 0, total.name(), null);
      amountCell(row, 1, total.amount(), styles.amount);
    }
    return next;
  }

  private static void writeDepartment(XSSFSheet sheet, DepartmentPlan department, Styles styles) {
    sheet.setRightToLeft(true);
    var title = sheet.createRow(0);
    textCell(title, 0, text(department.departmentName()) + " — " + BookText.VERSION + " " + department.version()
        + " — " + text(department.status()) + (department.amended() == null ? "" : " — " + department.amended()),
        styles.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Column.TARGETS.ordinal()));
    var headers = sheet.createRow(1);
    for (Column column : Column.values()) {
      textCell(headers, column.ordinal(), column.header, styles.header);
      sheet.setColumnWidth(column.ordinal(), column.width * CHARACTER_WIDTH);
    }
    int next = 2;
    for (Activity activity : list(department.activities())) {
      var row = sheet.createRow(next++);
      writeActivity(row, activity, styles);
      var lines = list(activity.lines());
      for (int index = 0; index < lines.size(); index++) {
        writeLine(index == 0 ? row : sheet.createRow(next++), lines.get(index), styles);
      }
      var subtotal = sheet.createRow(next++);
      textCell(subtotal, Column.CLAUSE_NAME.ordinal(), BookText.ACTIVITY_TOTAL, styles.subtotalText);
      amountCell(subtotal, Column.AMOUNT.ordinal(), activity.total(), styles.subtotalAmount);
    }
    var total = sheet.createRow(next + 1);
    textCell(total, Column.CLAUSE_NAME.ordinal(), BookText.DEPARTMENT_TOTAL, styles.totalText);
    amountCell(total, Column.AMOUNT.ordinal(), department.total(), styles.totalAmount);
    sheet.createFreezePane(1, 2);
  }

  private static void writeActivity(Row row, Activity activity, Styles styles) {
    textCell(row, Column.ACTIVITY.ordinal(), activity.title(), styles.activity);
    textCell(row, Column.OWNER.ordinal(), activity.owner(), styles.wrapped);
    dateCell(row, Column.START.ordinal(), activity.start(), styles.date);
    dateCell(row, Column.END.ordinal(), activity.end(), styles.date);
    for (int quarter = 1; quarter <= BookText.QUARTERS; quarter++) {
      textCell(row, Column.Q1.ordinal() + quarter - 1, BookText.milestone(activity, quarter), styles.wrapped);
    }
    textCell(row, Column.OUTPUT.ordinal(), activity.outputMeasure(), styles.wrapped);
    textCell(row, Column.TARGETS.ordinal(), String.join("\n", list(activity.targets())), styles.wrapped);
  }

  private static void writeLine(Row row, Line line, Styles styles) {
    textCell(row, Column.CLAUSE_CODE.ordinal(), line.clauseCode(), styles.wrapped);
    textCell(row, Column.CLAUSE_NAME.ordinal(), line.clauseName(), styles.wrapped);
    textCell(row, Column.TYPE.ordinal(), line.type(), styles.wrapped);
    textCell(row, Column.SOURCE.ordinal(), line.source(), styles.wrapped);
    amountCell(row, Column.AMOUNT.ordinal(), line.amount(), styles.amount);
    textCell(row, Column.STATUS.ordinal(), line.status(), styles.wrapped);
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

  private static void amountCell(Row row, int column, BigDecimal value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value == null ? 0 : value.doubleValue());
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
    final CellStyle section;
    final CellStyle header;
    final CellStyle wrapped;
    final CellStyle activity;
    final CellStyle date;
    final CellStyle amount;
    final CellStyle link;
    final CellStyle subtotalText;
    final CellStyle subtotalAmount;
    final CellStyle totalText;
    final CellStyle totalAmount;

    Styles(XSSFWorkbook workbook) {
      var format = workbook.createDataFormat();
      short amountFormat = format.getFormat("#,##0");
      var bold = workbook.createFont();
      bold.setBold(true);
      var big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      var underlined = workbook.createFont();
      underlined.setUnderline(org.apache.poi.ss.usermodel.Font.U_SINGLE);
      underlined.setColor(IndexedColors.BLUE.getIndex());

      title = workbook.createCellStyle();
      title.setFont(big);
      section = workbook.createCellStyle();
      section.setFont(bold);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      wrapped.setVerticalAlignment(VerticalAlignment.TOP);
      activity = workbook.createCellStyle();
      activity.cloneStyleFrom(wrapped);
      activity.setFont(bold);
      date = workbook.createCellStyle();
      date.setDataFormat(format.getFormat("dd/mm/yyyy"));
      date.setVerticalAlignment(VerticalAlignment.TOP);
      amount = workbook.createCellStyle();
      amount.setDataFormat(amountFormat);
      amount.setVerticalAlignment(VerticalAlignment.TOP);
      link = workbook.createCellStyle();
      link.setFont(underlined);
      subtotalText = workbook.createCellStyle();
      subtotalText.setFont(bold);
      subtotalText.setBorderTop(BorderStyle.THIN);
      subtotalAmount = workbook.createCellStyle();
      subtotalAmount.cloneStyleFrom(subtotalText);
      subtotalAmount.setDataFormat(amountFormat);
      totalText = workbook.createCellStyle();
      totalText.setFont(bold);
      totalText.setBorderTop(BorderStyle.DOUBLE);
      totalText.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
      totalText.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      totalAmount = workbook.createCellStyle();
      totalAmount.cloneStyleFrom(totalText);
      totalAmount.setDataFormat(amountFormat);
    }
  }
}
