package org.maagal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class DemoTargetsTest {

  static final String HEADER = "\uFEFFתחום,מטרה,יעד,מדד,יחידת מידה,כיוון,ערך בסיס,שנת בסיס,ערך יעד,שנת יעד\r\n";

  @Test
  void aTargetPastItsYearOrMetIsRenewedBeyondTheBaselineInItsDirection() throws IOException {
    String sheet = HEADER
        + "חינוך,מטרה,יעד א,חניכים בתנועות,חניכים,עלייה,612,2027,950,2027\r\n"
        + "חינוך,מטרה,יעד ב,אחוז נשירה,%,ירידה,12,2027,10,2028\r\n"
        + "חינוך,מטרה,יעד ג,אחוז מתגייסים,%,עלייה,98,2027,90,2028\r\n"
        + "חינוך,מטרה,יעד ד,מדד ללא ערכים,,עלייה,,,,\r\n";

    var rows = read(DemoTargets.revise(sheet.getBytes(StandardCharsets.UTF_8), 2028));

    // past its year: a new target for 2028, above last year's 612
    assertThat(new BigDecimal(rows.get(0).get("ערך יעד"))).isBetween(new BigDecimal("643"), new BigDecimal("704"));
    assertThat(rows.get(0).get("שנת יעד")).isEqualTo("2028");
    // lower is better, due this year and not met: kept
    assertThat(rows.get(1).get("ערך יעד")).isEqualTo("10");
    // already met: renewed, and a percentage stays at most 100
    assertThat(new BigDecimal(rows.get(2).get("ערך יעד"))).isEqualByComparingTo("100");
    assertThat(rows.get(3).get("ערך יעד")).isEmpty();
  }

  @Test
  void theRevisedSheetWritesCellsASpreadsheetWouldRunAsTextAndKeepsNegativeNumbers() throws IOException {
    String sheet = HEADER
        + "חינוך,מטרה,\"=HYPERLINK(\"\"http://evil.example\"\")\",@SUM(1),חניכים,עלייה,-40,2027,-20,2027\r\n";

    var rows = read(DemoTargets.revise(sheet.getBytes(StandardCharsets.UTF_8), 2028));

    assertThat(rows.get(0).get("יעד")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    assertThat(rows.get(0).get("מדד")).isEqualTo("'@SUM(1)");
    assertThat(rows.get(0).get("ערך בסיס")).isEqualTo("-40");
    assertThat(rows.get(0).get("שנת יעד")).isEqualTo("2028");
  }

  @Test
  void aSheetWithNothingStaleIsNotImportedAgain() {
    String sheet = HEADER + "חינוך,מטרה,יעד א,חניכים בתנועות,חניכים,עלייה,612,2027,950,2028\r\n";

    assertThat(DemoTargets.revise(sheet.getBytes(StandardCharsets.UTF_8), 2028)).isNull();
  }

  private static List<CSVRecord> read(byte[] sheet) throws IOException {
    String text = new String(sheet, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text.substring(1))).getRecords();
  }
}
