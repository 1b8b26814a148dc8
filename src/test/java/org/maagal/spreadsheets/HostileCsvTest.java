package org.maagal.spreadsheets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.spreadsheets.ReadingCost.assertRefused;

import org.junit.jupiter.api.Test;

/**
 * CSV files that hold more than any goal tree or budget book does, each refused with the Hebrew reason
 * before a parser builds a record of it, cheaply (see {@link ReadingCost}). Before the bounds, a 5 MB line
 * of "a," ran a 512 MB heap out in 21 s, and 300 values a row made 1.2 million problems (400 MB kept).
 */
class HostileCsvTest {

  private static final String HEADER = SpreadsheetReaderTest.HEADER;

  @Test
  void aLineOfMillionsOfValuesIsRefusedUnparsed() {
    byte[] csv = (HEADER + "\n" + "a,".repeat(2_500_000)).getBytes(UTF_8);

    var sheet = ReadingCost.readCheaply("goals.csv", csv, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: בשורה 2 יותר מ-256 עמודות");
  }

  @Test
  void separatorsInsideQuotesAreNoColumns() {
    String quoted = "\"" + ",".repeat(1_000) + "\"\"" + ";".repeat(1_000) + "\"";
    byte[] csv = (HEADER + "\nחינוך,מטרה,יעד," + quoted + ",528,2025").getBytes(UTF_8);

    var sheet = ReadingCost.readCheaply("goals.csv", csv, SpreadsheetReaderTest.COLUMNS);

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows()).singleElement().satisfies(row -> assertThat(row.text("indicator")).hasSize(2_001));
  }

  @Test
  void aValueLongerThanExcelAllowsIsRefused() {
    byte[] csv = (HEADER + "\nחינוך,מטרה,יעד,\"" + "מדד ארוך ".repeat(4_000) + "\",528,2025").getBytes(UTF_8);

    var sheet = ReadingCost.readCheaply("goals.csv", csv, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: בשורה 2 ערך ארוך מ-32,767 תווים");
  }

  @Test
  void moreFilledCellsThanTheBoundAreRefused() {
    var csv = new StringBuilder(HEADER).append('\n');
    String row = "חינוך,מטרה,יעד,מדד,528,2025" + ",1".repeat(35) + "\n";
    for (int line = 0; line < 5_000; line++) {
      csv.append(row);
    }

    var sheet = ReadingCost.readCheaply("goals.csv", csv.toString().getBytes(UTF_8), SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: יש בו יותר מ-200,000 תאים מלאים");
  }

  @Test
  void aFileOfMoreProblemsThanTheBoundIsRefusedWithTheFirstOfThem() {
    var csv = new StringBuilder(HEADER).append('\n');
    for (int line = 0; line < 600; line++) {
      csv.append("חינוך,מטרה,יעד,מדד,528,2025,x,y,z\n");
    }

    var sheet = ReadingCost.readCheaply("goals.csv", csv.toString().getBytes(UTF_8), SpreadsheetReaderTest.COLUMNS);

    assertThat(sheet.rows()).isEmpty();
    assertThat(sheet.unreadable()).isTrue();
    assertThat(sheet.problems()).hasSize(SpreadsheetReader.MAX_PROBLEMS + 1);
    assertThat(sheet.problems().get(0).reason())
        .isEqualTo("נמצאו יותר מ-1,000 בעיות, והקריאה נעצרה בשורה 335; אלה הראשונות. תקנו אותן ונסו שוב.");
    assertThat(sheet.problems().get(1).message())
        .isEqualTo("שורה 2, עמודה G: הערך 'x' נמצא בעמודה שאין לה כותרת; האם העמודות זזו?");
  }
}
