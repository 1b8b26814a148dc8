package org.maagal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FormTextTest {

  @Test
  void aTaskNameLongerThanItsColumnEndsInAnEllipsisWithinIt() {
    String indicator = "שיעור התושבים המדווחים על שביעות רצון מהשירות ".repeat(8);
    assertThat(FormText.taskName("יעד באדום: " + indicator)).hasSize(FormText.MAX_TASK_NAME).startsWith("יעד באדום: ")
        .endsWith("…");
    assertThat(FormText.taskName("יעד באדום: מספר החניכים")).isEqualTo("יעד באדום: מספר החניכים");
  }

  @Test
  void shortLinesAreJoinedAsTheyAre() {
    assertThat(FormText.of(List.of("• נוער — פער", "• ספורט — פער"), "בדף הסקירה")).isEqualTo(
        "• נוער — פער\n• ספורט — פער");
  }

  @Test
  void linesBeyondWhatAVariableHoldsAreCountedAndTheReaderIsSentToThePage() {
    var lines = IntStream.rangeClosed(1, 120).mapToObj(n -> "• מחלקה " + n + " — " + "פער בעמידה ביעד ".repeat(4))
        .toList();

    String text = FormText.of(lines, "הרשימה המלאה בדף הסקירה /review/?year=2028");

    assertThat(text.length()).isLessThanOrEqualTo(FormText.MAX_LENGTH);
    assertThat(text).startsWith("• מחלקה 1 — ");
    long shown = text.lines().filter(line -> line.startsWith("• ")).count();
    assertThat(shown).isBetween(40L, 119L);
    assertThat(text.lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("…ועוד " + (120 - shown) + " שורות: הרשימה המלאה בדף הסקירה /review/?year=2028");
  }
}
