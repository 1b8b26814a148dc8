package org.maagal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.review.ResultsSample.BEFORE_ANY_ROUND;
import static org.maagal.review.ResultsSample.CITY;
import static org.maagal.review.ResultsSample.CITY_ADHERENCE;
import static org.maagal.review.ResultsSample.RECYCLING;
import static org.maagal.review.ResultsSample.RECYCLING_EXPLANATION;
import static org.maagal.review.ResultsSample.RECYCLING_GAP;
import static org.maagal.review.ResultsSample.SANITATION;
import static org.maagal.review.ResultsSample.SANITATION_ADHERENCE;
import static org.maagal.review.ResultsSample.STEM;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.maagal.spreadsheets.HostileCells;

class ResultsBookletXlsxTest {

  final ResultsBookletXlsx xlsx = new ResultsBookletXlsx();

  @Test
  void textsThatLookLikeFormulasAreWrittenAsTextCells() {
    for (String text : HostileCells.ALL) {
      HostileCells.assertWrittenAsText(xlsx.xlsx(ResultsSample.typedBy(text), List.of()), text);
    }
  }

  @Test
  void theSheetsAreTheSummaryIndicatorsDepartmentsAndGapsAllRightToLeft() throws IOException {
    try (var workbook = open(CITY)) {
      var names = new ArrayList<String>();
      for (Sheet sheet : workbook) {
        names.add(sheet.getSheetName());
        assertThat(sheet.isRightToLeft()).as(sheet.getSheetName()).isTrue();
      }
      assertThat(names).containsExactly("סיכום", "מדדים", "מחלקות", "בקרת אמצע שנה", "פערים מהותיים");
    }
  }

  @Test
  void anIndicatorsRowHoldsItsTreeInHebrewAndItsValuesAsNumbers() throws IOException {
    try (var workbook = open(CITY)) {
      var indicators = workbook.getSheet("מדדים");
      var headers = texts(indicators.getRow(0));
      var recycling = rowWith(indicators, RECYCLING.indicator());

      assertThat(headers).startsWith("תחום", "מטרה", "יעד", "מדד");
      assertThat(texts(recycling)).startsWith("איכות סביבה", "עיר נקייה ומקיימת", "הגדלת שיעור המיחזור",
          "אחוז הפסולת הממוחזרת", "%", "עלייה", SANITATION, "כן");
      var annual = recycling.getCell(headers.indexOf("שנתי"));
      assertThat(annual.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(annual.getNumericCellValue()).isEqualTo(RECYCLING.annual().doubleValue());
      assertThat(recycling.getCell(headers.indexOf("חצי שנתי")).getNumericCellValue()).isEqualTo(17.5);
      assertThat(recycling.getCell(headers.indexOf("ערך בסיס")).getNumericCellValue()).isEqualTo(18);
      assertThat(recycling.getCell(headers.indexOf("שנת יעד")).getNumericCellValue()).isEqualTo(2027);
      assertThat(recycling.getCell(headers.indexOf("סטטוס")).getStringCellValue()).isEqualTo("אדום");
      assertThat(texts(rowWith(indicators, STEM.indicator()))).contains("בנות במגמות STEM <מדעים> & הנדסה", "לא");
    }
  }

  @Test
  void anIndicatorNotReportedLeavesItsValuesEmptyNotZero() throws IOException {
    try (var workbook = open(CITY)) {
      var indicators = workbook.getSheet("מדדים");
      var headers = texts(indicators.getRow(0));
      var cleanliness = rowWith(indicators, "שביעות רצון מניקיון");

      assertThat(cleanliness.getCell(headers.indexOf("שנתי")).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(cleanliness.getCell(headers.indexOf("סטטוס")).getStringCellValue()).isEqualTo("לא דווח");
    }
  }

  @Test
  void theSummaryCountsTheStatusesAndGivesAdherenceAsNumbers() throws IOException {
    try (var workbook = open(CITY)) {
      var summary = workbook.getSheet("סיכום");

      assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("חוברת המדידה 2027");
      assertThat(numberBeside(summary, "אדום")).isEqualTo(1);
      assertThat(numberBeside(summary, "סך הכל")).isEqualTo(5);
      assertThat(numberBeside(summary, "ביצוע תקציבי (%)")).isEqualTo(CITY_ADHERENCE.executionPercent().doubleValue());
      assertThat(numberBeside(summary, "תקציב מתוכנן (₪)")).isEqualTo(7_970_500);
      assertThat(new DataFormatter().formatCellValue(besides(summary, "תקציב מתוכנן (₪)"))).isEqualTo("7,970,500");
    }
  }

  @Test
  void aDepartmentsRowHoldsItsCountsAndAdherenceAsNumbers() throws IOException {
    try (var workbook = open(CITY)) {
      var departments = workbook.getSheet("מחלקות");
      var headers = texts(departments.getRow(0));
      var sanitation = rowWith(departments, SANITATION);

      assertThat(texts(sanitation)).startsWith(SANITATION, "אושר", "לא הוגש");
      assertThat(sanitation.getCell(headers.indexOf("אדום")).getNumericCellValue()).isEqualTo(1);
      assertThat(sanitation.getCell(headers.indexOf("ביצוע תקציבי (%)")).getNumericCellValue())
          .isEqualTo(SANITATION_ADHERENCE.executionPercent().doubleValue());
    }
  }

  @Test
  void aGapsRowHoldsItsExplanationAndTheCommitteesDecision() throws IOException {
    try (var workbook = open(CITY)) {
      var gaps = workbook.getSheet("פערים מהותיים");

      assertThat(texts(gaps.getRow(0))).containsExactly("מחלקה", "סוג", "מדד", "פער", "פירוט", "הסבר המחלקה",
          "טיפול מוצע", "יועבר לשנה הבאה");
      assertThat(texts(rowWith(gaps, RECYCLING_GAP))).containsExactly(SANITATION, "יעד באדום", RECYCLING.indicator(),
          RECYCLING_GAP, "16% בפועל מול יעד של 30%", RECYCLING_EXPLANATION, "מכרז חדש ברבעון הראשון", "כן");
      assertThat(texts(rowWith(gaps, "עיכוב בשיפוץ המעבדות"))).last().isEqualTo("טרם הוחלט");
    }
  }

  @Test
  void aDeviationsRowHoldsItsCorrectiveActionItsDateAsADateAndTheOutcome() throws IOException {
    try (var workbook = open(CITY)) {
      var sheet = workbook.getSheet("בקרת אמצע שנה");
      assertThat(texts(sheet.getRow(0))).startsWith("מחלקה", "נושא", "חריגה");
      var row = rowWith(sheet, "שיפוץ המעבדות");
      assertThat(row.getCell(6).getStringCellValue()).isEqualTo("החלפת הקבלן");
      assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2027, 11, 30));
      assertThat(row.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
      assertThat(row.getCell(9).getStringCellValue()).isEqualTo("השתפר: אין עוד חריגה");
    }
  }

  @Test
  void emptyPartsSaySoInASentence() throws IOException {
    try (var workbook = open(BEFORE_ANY_ROUND)) {
      assertThat(workbook.getSheet("סיכום").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("חוברת המדידה 2027 — מחלקת חינוך");
      assertThat(texts(workbook.getSheet("סיכום").getRow(2))).containsExactly(
          "טרם הוגש דיווח מדידה לשנה זו: המדדים מוצגים בלי ערכים וסטטוס.");
      assertThat(texts(workbook.getSheet("פערים מהותיים").getRow(1))).containsExactly("לא נמצאו פערים מהותיים.");
      assertThat(texts(workbook.getSheet("מחלקות").getRow(1))).containsExactly("אין מחלקות עם תכנית עבודה מאושרת.");
    }
  }

  private XSSFWorkbook open(ResultsView results) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx.xlsx(results, ResultsSample.CONTROL)));
  }

  private static Row rowWith(Sheet sheet, String text) {
    for (Row row : sheet) {
      if (texts(row).contains(text)) {
        return row;
      }
    }
    throw new AssertionError("no row of " + sheet.getSheetName() + " holds " + text);
  }

  private static Cell besides(Sheet sheet, String label) {
    for (Row row : sheet) {
      var first = row.getCell(0);
      if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
        return row.getCell(1);
      }
    }
    throw new AssertionError("no row of " + sheet.getSheetName() + " starts with " + label);
  }

  private static double numberBeside(Sheet sheet, String label) {
    var cell = besides(sheet, label);
    assertThat(cell.getCellType()).as(label).isEqualTo(CellType.NUMERIC);
    return cell.getNumericCellValue();
  }

  /** The row's text cells, in column order. */
  private static List<String> texts(Row row) {
    var texts = new ArrayList<String>();
    for (Cell cell : row) {
      if (cell.getCellType() == CellType.STRING) {
        texts.add(cell.getStringCellValue());
      }
    }
    return texts;
  }
}
