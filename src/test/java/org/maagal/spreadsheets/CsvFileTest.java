package org.maagal.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.spreadsheets.HostileCells.csvRecords;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

  @Test
  void everyCellASpreadsheetWouldRunIsWrittenAfterAnApostrophe() {
    var records = csvRecords(CsvFile.write(List.of("=כותרת"), HostileCells.ALL.stream().map(List::of).toList()));

    assertThat(records.get(0)).containsExactly("'=כותרת");
    assertThat(records.subList(1, records.size())).extracting(record -> record.get(0))
        .containsExactlyElementsOf(HostileCells.ALL.stream().map(text -> "'" + text).toList());
  }

  @Test
  void plainNegativeNumbersAndNumbersStayNumbers() {
    List<Object> numbers = List.of("-5", "-1,200.50", "-0.35", "1,250", "72", new BigDecimal("-3.50"),
        new BigDecimal("1.25E+6"), -7, 0);

    var records = csvRecords(CsvFile.write(List.of("ערך"), numbers.stream().map(List::of).toList()));

    assertThat(records.subList(1, records.size())).extracting(record -> record.get(0))
        .containsExactly("-5", "-1,200.50", "-0.35", "1,250", "72", "-3.50", "1250000", "-7", "0");
  }

  @Test
  void whatOnlyLooksLikeANegativeNumberIsGuarded() {
    var records = csvRecords(CsvFile.write(List.of("ערך"),
        List.of(List.of("-5+1"), List.of("-5 "), List.of("-1,25"), List.of("-"), List.of("-A1"))));

    assertThat(records.subList(1, records.size())).extracting(record -> record.get(0))
        .containsExactly("'-5+1", "'-5 ", "'-1,25", "'-", "'-A1");
  }

  @Test
  void nullIsAnEmptyCellAndOtherTextIsLeftAlone() {
    var records = csvRecords(CsvFile.write(List.of("א", "ב", "ג"),
        List.of(Arrays.asList(null, "מחלקת נוער, \"צעירים\"", "'=כבר עם גרש"))));

    assertThat(records.get(1)).containsExactly("", "מחלקת נוער, \"צעירים\"", "'=כבר עם גרש");
  }

  @Test
  void theReaderReadsAGuardedFileBackAsThePeopleTypedIt() {
    var rows = new ArrayList<List<?>>();
    HostileCells.ALL.forEach(text -> rows.add(List.of(text.strip(), "-1,200.50")));

    var sheet = SpreadsheetReader.read("back.csv", CsvFile.write(List.of("טקסט", "מספר"), rows),
        List.of(ColumnSpec.of("text", "טקסט", ColumnSpec.Kind.TEXT),
            ColumnSpec.of("number", "מספר", ColumnSpec.Kind.NUMBER)));

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows()).extracting(row -> row.text("text"))
        .containsExactlyElementsOf(HostileCells.ALL.stream().map(String::strip).toList());
    assertThat(sheet.rows()).extracting(row -> row.number("number")).allSatisfy(number ->
        assertThat(number).isEqualByComparingTo("-1200.50"));
  }
}
