package org.maagal.picture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maagal.spreadsheets.SheetTemplate;
import org.springframework.stereotype.Component;

/**
 * The city's picture as a workbook, a sheet each for the city's figures, the rubric, the departments' assessments,
 * the carried gaps and the texts (the summary, the emphases, the recommendations); numbers as numbers, every table
 * filtered under its header.
 */
@Component
class CityPictureXlsx {

  static final String FIGURES_SHEET = "נתוני העיר";
  static final String RUBRIC_SHEET = "מחוון";
  /** The sub-criterion column of an arena's row: its average over the sub-criteria. */
  static final String ARENA_AVERAGE = "ממוצע הזירה";
  static final String DEPARTMENTS_SHEET = "מחלקות";
  static final String GAPS_SHEET = "פערים שעברו";
  static final String TEXTS_SHEET = "סיכום";

  byte[] xlsx(CityPictureView picture) {
    try (var workbook = new XSSFWorkbook()) {
      var wrapped = SheetTemplate.wrapped(workbook);
      figures(workbook, picture);
      rubric(workbook, picture, wrapped);
      departments(workbook, picture, wrapped);
      gaps(workbook, picture, wrapped);
      texts(workbook, picture, wrapped);
      try (var bytes = new ByteArrayOutputStream()) {
        workbook.write(bytes);
        return bytes.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a workbook to memory cannot fail", e);
    }
  }

  private static void figures(XSSFWorkbook workbook, CityPictureView picture) {
    String[] columns = {"נתון", String.valueOf(picture.year()), String.valueOf(picture.year() - 1), "שינוי"};
    var sheet = SheetTemplate.table(workbook, FIGURES_SHEET, columns, new int[] {30, 14, 14, 12});
    int next = 1;
    for (var figure : picture.city().figures()) {
      var row = sheet.createRow(next++);
      SheetTemplate.text(row, 0, figure.label(), null);
      number(row, 1, figure.value());
      number(row, 2, figure.lastYear());
      number(row, 3, figure.change());
    }
    SheetTemplate.filterUnderHeader(sheet, columns.length);
  }

  /** A row for each arena's average ({@link #ARENA_AVERAGE}), then a row for each of its sub-criteria. */
  private static void rubric(XSSFWorkbook workbook, CityPictureView picture, CellStyle wrapped) {
    String[] columns = {"צוות העבודה", "זירה", "תת-מדד", "ציון", "בשנה הקודמת", "שינוי", "הערת הצוות"};
    var sheet = SheetTemplate.table(workbook, RUBRIC_SHEET, columns, new int[] {22, 22, 40, 8, 12, 8, 60});
    int next = 1;
    for (var channel : picture.channels()) {
      for (var arena : channel.arenas()) {
        var average = sheet.createRow(next++);
        SheetTemplate.text(average, 0, channel.teamName(), wrapped);
        SheetTemplate.text(average, 1, arena.arena(), wrapped);
        SheetTemplate.text(average, 2, ARENA_AVERAGE, wrapped);
        number(average, 3, arena.average());
        number(average, 4, arena.lastYear());
        number(average, 5, arena.change());
        for (var score : arena.criteria()) {
          var row = sheet.createRow(next++);
          SheetTemplate.text(row, 0, channel.teamName(), wrapped);
          SheetTemplate.text(row, 1, arena.arena(), wrapped);
          SheetTemplate.text(row, 2, score.criterion(), wrapped);
          number(row, 3, score.score() == null ? null : BigDecimal.valueOf(score.score()));
          number(row, 4, score.lastYear() == null ? null : BigDecimal.valueOf(score.lastYear()));
          number(row, 5, score.change() == null ? null : BigDecimal.valueOf(score.change()));
          SheetTemplate.text(row, 6, score.comment(), wrapped);
        }
      }
    }
    SheetTemplate.filterUnderHeader(sheet, columns.length);
  }

  private static void departments(XSSFWorkbook workbook, CityPictureView picture, CellStyle wrapped) {
    String[] columns = {"תחום", "מחלקה", "מצב ההערכה", "תמונת מצב", "הישגים", "פערים", "אתגרים לשנה הבאה",
        "מה נעשה בפערים שעברו"};
    var sheet = SheetTemplate.table(workbook, DEPARTMENTS_SHEET, columns, new int[] {16, 22, 12, 50, 40, 40, 40, 40});
    int next = 1;
    for (var domain : picture.domains()) {
      for (var department : domain.departments()) {
        var row = sheet.createRow(next++);
        SheetTemplate.text(row, 0, domain.domainName(), wrapped);
        SheetTemplate.text(row, 1, department.departmentName(), wrapped);
        SheetTemplate.text(row, 2, department.nothingToReport() ? "אין מה לדווח" : department.statusName(), wrapped);
        SheetTemplate.text(row, 3, department.state(), wrapped);
        SheetTemplate.text(row, 4, department.achievements(), wrapped);
        SheetTemplate.text(row, 5, department.gaps(), wrapped);
        SheetTemplate.text(row, 6, department.challenges(), wrapped);
        SheetTemplate.text(row, 7, department.carriedGapsFollowUp(), wrapped);
      }
    }
    SheetTemplate.filterUnderHeader(sheet, columns.length);
  }

  private static void gaps(XSSFWorkbook workbook, CityPictureView picture, CellStyle wrapped) {
    String[] columns = {"מחלקה", "הפער", "ההסבר", "הטיפול שהוצע", "מה נעשה בו, לדברי המחלקה"};
    var sheet = SheetTemplate.table(workbook, GAPS_SHEET, columns, new int[] {22, 40, 40, 40, 50});
    int next = 1;
    for (var department : picture.carriedGaps()) {
      for (var gap : department.gaps()) {
        var row = sheet.createRow(next++);
        SheetTemplate.text(row, 0, department.departmentName(), wrapped);
        SheetTemplate.text(row, 1, gap.title(), wrapped);
        SheetTemplate.text(row, 2, gap.explanation(), wrapped);
        SheetTemplate.text(row, 3, gap.treatment(), wrapped);
        SheetTemplate.text(row, 4, department.followUp(), wrapped);
      }
    }
    SheetTemplate.filterUnderHeader(sheet, columns.length);
  }

  private static void texts(XSSFWorkbook workbook, CityPictureView picture, CellStyle wrapped) {
    var sheet = workbook.createSheet(TEXTS_SHEET);
    sheet.setRightToLeft(true);
    sheet.setColumnWidth(0, 30 * SheetTemplate.CHARACTER_WIDTH);
    sheet.setColumnWidth(1, 110 * SheetTemplate.CHARACTER_WIDTH);
    int next = 0;
    line(sheet.createRow(next++), CityPicturePdf.TITLE + " " + picture.year(),
        picture.closed() ? "נסגר בידי " + picture.closedBy() : CityPicturePdf.DRAFT, wrapped);
    line(sheet.createRow(next++), "סיכום היחידה לתכנון אסטרטגי", picture.summary(), wrapped);
    line(sheet.createRow(next++), "ממצאי מחלקת המחקר", picture.city().findings(), wrapped);
    for (var channel : picture.channels()) {
      line(sheet.createRow(next++), "תמונת המצב: " + channel.teamName(), channel.picture(), wrapped);
    }
    line(sheet.createRow(next++), "הדגשים הניהוליים", picture.emphases(), wrapped);
    for (var recommendation : picture.recommendations()) {
      line(sheet.createRow(next++), "המלצת " + recommendation.teamName(), recommendation.text(), wrapped);
    }
  }

  private static void line(Row row, String label, String text, CellStyle wrapped) {
    SheetTemplate.text(row, 0, label, wrapped);
    SheetTemplate.text(row, 1, text, wrapped);
  }

  private static void number(Row row, int column, BigDecimal value) {
    var cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
  }
}
