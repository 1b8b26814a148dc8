package org.maagal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.spreadsheets.TestWorkbook.row;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.maagal.spreadsheets.SheetProblem;
import org.maagal.spreadsheets.SheetSummary;
import org.maagal.spreadsheets.SheetSummary.Skipped;
import org.maagal.spreadsheets.TestWorkbook;

/**
 * Budget books as treasuries keep them, built with POI: the operating and development budgets on sheets of their
 * own, explanations and summaries beside them, subtotals and totals, amounts in thousands or millions, and income
 * beside expenses. Each read for the values a user saw, every sheet and every row left out accounted for.
 */
class BudgetBookWorkbooksTest {

  static final List<Object> HEADER = row("קוד סעיף", "שם הסעיף", "מחלקה", "סכום");

  @Test
  void theOperatingAndTheDevelopmentBudgetsAreReadFromTheirOwnSheets() {
    byte[] book = new TestWorkbook()
        .sheet("תקציב רגיל", HEADER,
            row("1813000750", "תכניות העשרה", "schools", 1_250_000),
            row("1813000760", "תגבור לימודי", "schools", 400_000),
            row("1828000110", "מרכז נוער", "youth", 185_000))
        .sheet("תב\"ר", row("קוד סעיף", "שם הסעיף", "מחלקה", "סכום"),
            row("תב\"ר 1431", "שיפוץ מבני בתי ספר", "schools", 3_750_000),
            row("תב\"ר 1432", "מגרש ספורט", "youth", 900_000))
        .bytes();

    var parsed = read(book);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.clauses()).extracting(BudgetClause::code, BudgetClause::type).containsExactly(
        tuple("1813000750", BudgetType.OPERATING), tuple("1813000760", BudgetType.OPERATING),
        tuple("1828000110", BudgetType.OPERATING), tuple("תב\"ר 1431", BudgetType.DEVELOPMENT),
        tuple("תב\"ר 1432", BudgetType.DEVELOPMENT));
    assertThat(BudgetBook.ceilings(parsed.clauses()).total()).isEqualByComparingTo("6485000");
    assertThat(parsed.sheets()).extracting(SheetSummary::name, SheetSummary::read, SheetSummary::rows)
        .containsExactly(tuple("תקציב רגיל", true, 3), tuple("תב\"ר", true, 2));
    assertThat(parsed.notices()).containsExactly(
        "גיליון 'תב\"ר': 2 סעיפים בלי סוג תקציב נקראו כתב\"ר, כפי שאומרים שם הגיליון או הכותרת שמעליהם");
  }

  @Test
  void sheetsWithoutTheBooksColumnsAreNamedAndTheBookIsReadFromTheOneThatHasThem() {
    byte[] book = new TestWorkbook()
        .sheet("הסבר", row("ספר התקציב 2027"), row("עמודה", "הסבר"), row("קוד סעיף", "כפי שבספר התקציב"),
            row("סכום", "בשקלים"))
        .sheet("תקרות", row("מחלקה", "סכום"), row("schools", 1_650_000))
        .sheet("ריכוז לפי מחלקה", HEADER, row("18", "חינוך", "schools", 1_650_000))
        .sheet("סעיפים", HEADER, row("1813000750", "תכניות העשרה", "schools", 1_250_000),
            row("1813000760", "תגבור לימודי", "schools", 400_000))
        .sheet("Sheet3")
        .hiddenSheet("עזר", HEADER, row("9999", "סעיף עזר", "schools", 1))
        .bytes();

    var parsed = read(book);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.clauses()).extracting(BudgetClause::code).containsExactly("1813000750", "1813000760");
    assertThat(parsed.notices()).containsExactly(
        "הגיליון 'הסבר' לא נקרא: לא נמצאה בו שורת כותרות ב-10 השורות הראשונות",
        "הגיליון 'תקרות' לא נקרא: בשורת הכותרות (שורה 1) חסרה העמודה 'קוד סעיף'; חסרה העמודה 'שם הסעיף'",
        "הגיליון 'ריכוז לפי מחלקה' לא נקרא: שמו אומר שהוא ריכוז של הגיליונות האחרים, וסכומיו היו נספרים פעמיים",
        "הגיליון 'Sheet3' לא נקרא: הגיליון ריק",
        "הגיליון 'עזר' לא נקרא: הגיליון מוסתר");
    assertThat(parsed.sheets()).extracting(SheetSummary::name, SheetSummary::read).containsExactly(
        tuple("הסבר", false), tuple("תקרות", false), tuple("ריכוז לפי מחלקה", false), tuple("סעיפים", true), tuple("Sheet3", false),
        tuple("עזר", false));
  }

  @Test
  void aWorkbookNoSheetOfWhichIsABookNamesWhatEachLacks() {
    byte[] book = new TestWorkbook()
        .sheet("הסבר", row("עמודה", "הסבר"))
        .sheet("מחלקות", row("מחלקה", "סכום"), row("schools", 1_650_000))
        .bytes();

    var parsed = read(book);

    assertThat(parsed.refused()).isTrue();
    assertThat(parsed.problems()).extracting(SheetProblem::message).containsExactly(
        "אף גיליון בקובץ אינו גיליון של הכותרות הצפויות: קוד סעיף, שם הסעיף, מחלקה, סכום, סוג תקציב, מקור מימון, "
            + "גורם מממן, הוצאה/הכנסה",
        "גיליון 'הסבר': לא נמצאה בו שורת כותרות ב-10 השורות הראשונות",
        "גיליון 'מחלקות': בשורת הכותרות (שורה 1) חסרה העמודה 'קוד סעיף'; חסרה העמודה 'שם הסעיף'");
  }

  @Test
  void subtotalsAfterEachDepartmentAndAGrandTotalAreCheckedAndLeftOut() {
    byte[] book = new TestWorkbook()
        .sheet("ספר התקציב", row("ספר התקציב 2027"), HEADER,
            row("מחלקת בתי ספר"),
            row("1813000750", "תכניות העשרה", "schools", 1_250_000),
            row("1813000760", "תגבור לימודי", "schools", 400_000),
            row(null, "סה\"כ מחלקת בתי ספר", null, 1_650_000),
            row("מחלקת נוער וצעירים"),
            row("1828000110", "מרכז נוער", "youth", 185_000),
            row("1828000120", "הכשרת מדריכים", "youth", 15_000),
            row("סה״כ", null, "youth", 200_000),
            row(null, "סך הכל ספר התקציב", null, 1_850_000))
        .bytes();

    var parsed = read(book);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.clauses()).extracting(BudgetClause::code)
        .containsExactly("1813000750", "1813000760", "1828000110", "1828000120");
    assertThat(BudgetBook.ceilings(parsed.clauses()).total()).isEqualByComparingTo("1850000");
    assertThat(parsed.sheets().get(0).skipped()).containsExactly(
        new Skipped("שורות כותרת או הערה (טקסט בלבד, בלי קוד וסכום)", List.of(3, 7), null),
        new Skipped("שורות סיכום, שנבדקו מול השורות שהן מסכמות", List.of(6, 10, 11), null));
    assertThat(parsed.notices()).containsExactly(
        "לא נקראו שורות כותרת או הערה (טקסט בלבד, בלי קוד וסכום): שורות 3, 7",
        "לא נקראו שורות סיכום, שנבדקו מול השורות שהן מסכמות: שורות 6, 10, 11");
  }

  @Test
  void aTotalThatDoesNotAddUpIsAProblemOfItsRow() {
    byte[] book = new TestWorkbook()
        .sheet("תקציב רגיל", HEADER,
            row("1813000750", "תכניות העשרה", "schools", 1_250_000),
            row("1813000760", "תגבור לימודי", "schools", 400_000),
            row(null, "סה\"כ מחלקת בתי ספר", null, 1_600_000),
            row("1828000110", "מרכז נוער", "youth", 185_000),
            row(null, "סה\"כ", null, 1_835_000))
        .sheet("תב\"ר", HEADER, row("תב\"ר 1431", "שיפוץ", "schools", 3_750_000), row(null, "סה\"כ", null, 3_750_100))
        .bytes();

    var parsed = read(book);

    assertThat(parsed.refused()).isTrue();
    assertThat(parsed.problems()).extracting(SheetProblem::message).containsExactly(
        "גיליון 'תקציב רגיל', שורה 4, עמודה D (סכום): שורת הסיכום היא 1,600,000 ש\"ח, אבל השורות שמעליה "
            + "(שורות 2–3) מסתכמות ב-1,650,000 ש\"ח",
        "גיליון 'תב\"ר', שורה 3, עמודה D (סכום): שורת הסיכום היא 3,750,100 ש\"ח, אבל השורות שמעליה (שורה 2) "
            + "מסתכמות ב-3,750,000 ש\"ח");
  }

  @Test
  void amountsInThousandsOrMillionsAreReadAsTheShekelsTheyAre() {
    byte[] book = new TestWorkbook()
        .sheet("באלפים", row("קוד סעיף", "שם הסעיף", "מחלקה", "תקציב 2027 (באלפי ש\"ח)"),
            row("1813000750", "תכניות העשרה", "schools", 1_250),
            row("1813000760", "תגבור לימודי", "schools", 400.5),
            row(null, "סה\"כ", null, 1_650.5))
        .sheet("אלפי שקלים", row("קוד סעיף", "שם הסעיף", "מחלקה", "סכום אלפי ₪"),
            row("1828000110", "מרכז נוער", "youth", 185))
        .sheet("במיליונים", row("ספר התקציב 2027 — הסכומים במיליוני ש\"ח"), HEADER,
            row("תב\"ר 1431", "שיפוץ מבני בתי ספר", "schools", 3.75))
        .sheet("בשקלים", row("קוד סעיף", "שם הסעיף", "מחלקה", "סכום (ש\"ח)"),
            row("1836000100", "ניקיון רחובות", "sanitation", 2_400_000))
        .bytes();

    var parsed = read(book);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.clauses()).extracting(BudgetClause::code, BudgetClause::amount).containsExactly(
        tuple("1813000750", new BigDecimal("1250000.00")), tuple("1813000760", new BigDecimal("400500.00")),
        tuple("1828000110", new BigDecimal("185000.00")), tuple("תב\"ר 1431", new BigDecimal("3750000.00")),
        tuple("1836000100", new BigDecimal("2400000.00")));
    assertThat(parsed.sheets()).extracting(SheetSummary::name, SheetSummary::unit).containsExactly(
        tuple("באלפים", "אלפי ש\"ח"), tuple("אלפי שקלים", "אלפי ש\"ח"), tuple("במיליונים", "מיליוני ש\"ח"),
        tuple("בשקלים", "ש\"ח"));
    assertThat(parsed.notices()).contains(
        "גיליון 'באלפים': הסכומים נקראו מעמודה D ('תקציב 2027 (באלפי ש\"ח)'), של שנת 2027 (ודאו שזו השנה שהקובץ "
            + "נועד לה), באלפי ש\"ח: 1,250 בקובץ הם 1,250,000 ש\"ח",
        "גיליון 'במיליונים': הסכומים נקראו מעמודה D ('סכום'), במיליוני ש\"ח, כפי שנכתב מעל הכותרות: 1,250 בקובץ הם "
            + "1,250,000,000 ש\"ח");
  }

  @Test
  void incomeIsLeftOutOfTheExpenseClausesWhetherASheetAHeadingOrAColumnSaysSo() {
    byte[] book = new TestWorkbook()
        .sheet("הכנסות", HEADER,
            row("1111000100", "ארנונה כללית", "מחלקת הכנסות", 24_000_000),
            row("1311000200", "השתתפות משרד החינוך", "schools", 5_200_000),
            row(null, "סה\"כ הכנסות", null, 29_200_000))
        .sheet("ספר התקציב", HEADER,
            row("הכנסות עצמיות"),
            row("1211000100", "אגרות שילוט", "sanitation", 300_000),
            row("הוצאות"),
            row("אגף הכנסות"),
            row("1813000750", "תכניות העשרה", "schools", 1_250_000),
            row(null, "סה\"כ הוצאות", null, 1_250_000))
        .sheet("עם עמודה", row("קוד סעיף", "שם הסעיף", "מחלקה", "סכום", "הוצאה/הכנסה"),
            row("1828000110", "מרכז נוער", "youth", 185_000, "הוצאה"),
            row("1328000100", "דמי השתתפות בקייטנות", "youth", 60_000, "הכנסה"),
            row("1828000120", "הכשרת מדריכים", "youth", 15_000, null))
        .bytes();

    var parsed = read(book);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.clauses()).extracting(BudgetClause::code)
        .containsExactly("1813000750", "1828000110", "1828000120");
    assertThat(BudgetBook.ceilings(parsed.clauses()).total()).isEqualByComparingTo("1450000");
    var income = BudgetBookSheets.INCOME;
    assertThat(parsed.sheets()).extracting(sheet -> sheet.skipped().stream()
        .filter(skipped -> skipped.reason().equals(income)).findFirst().orElseThrow())
        .containsExactly(new Skipped(income, List.of(2, 3), new BigDecimal("29200000")),
            new Skipped(income, List.of(3), new BigDecimal("300000")),
            new Skipped(income, List.of(3), new BigDecimal("60000")));
    assertThat(parsed.notices()).contains("גיליון 'הכנסות': לא נקראו " + income + ": שורות 2, 3 (סך 29,200,000 ש\"ח)");
  }

  @Test
  void titleBarsMergedAcrossTheTableAndNotesBelowItAreLeftOutAsText() {
    byte[] book = new TestWorkbook()
        .sheet("ספר התקציב", HEADER,
            row("מחלקת בתי ספר"),
            row("1813000750", "תכניות העשרה", "schools", 1_000_000),
            null,
            row("הערות:", "הסכומים כוללים מע\"מ"),
            row("הוכן ע\"י: גזברות", null, "תאריך: 01/01/2027"),
            row("* כולל 250 אלף ש\"ח ממשרד החינוך"))
        .edit("ספר התקציב", sheet -> {
          sheet.addMergedRegion(CellRangeAddress.valueOf("A2:D2"));
          sheet.addMergedRegion(CellRangeAddress.valueOf("A7:D7"));
        })
        .bytes();

    var parsed = read(book);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.clauses()).extracting(BudgetClause::code).containsExactly("1813000750");
    assertThat(parsed.notices()).containsExactly(
        "לא נקראו שורות כותרת או הערה (טקסט בלבד, בלי קוד וסכום): שורות 2, 5, 6, 7");
  }

  @Test
  void aCellFormattedInThousandsIsReadAsTheNumberItShowsInTheUnitItsHeaderSays() {
    byte[] book = new TestWorkbook()
        .sheet("ספר התקציב", row("קוד סעיף", "שם הסעיף", "מחלקה", "סכום (באלפי ש\"ח)"),
            row("1813000750", "תכניות העשרה", "schools", 1_250_400))
        .edit("ספר התקציב", sheet -> {
          var style = sheet.getWorkbook().createCellStyle();
          style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("#,##0,"));
          sheet.getRow(1).getCell(3).setCellStyle(style);
        })
        .bytes();

    var parsed = read(book);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.clauses()).extracting(BudgetClause::amount).containsExactly(new BigDecimal("1250400.00"));
  }

  @Test
  void totalsAboveTheirRowsAndTotalsWithAChaptersCodeAreCheckedToo() {
    byte[] book = new TestWorkbook()
        .sheet("בראש", HEADER,
            row(null, "סה\"כ ספר התקציב", null, 1_585_000),
            row(null, "סה\"כ בתי ספר", null, 1_400_000),
            row("1813000750", "תכניות העשרה", "schools", 1_000_000),
            row("1813000760", "תגבור", "schools", 400_000),
            row(null, "ס\"ה נוער", null, 185_000),
            row("1828000110", "מרכז נוער", "youth", 185_000))
        .sheet("פרקים", HEADER,
            row("1813000770", "הסעות", "schools", 300_000),
            row("1813000780", "אירועי סיכום שנה", "schools", 30_000),
            row("181", "סה\"כ חינוך יסודי", "schools", 330_000))
        .sheet("שגוי", HEADER,
            row(null, "סה\"כ", null, 9_999_999),
            row("1836000100", "ניקיון רחובות", "sanitation", 2_400_000))
        .bytes();

    var parsed = read(book);

    assertThat(parsed.problems()).extracting(SheetProblem::message).containsExactly(
        "גיליון 'שגוי', שורה 2, עמודה D (סכום): שורת הסיכום היא 9,999,999 ש\"ח, אבל השורות שמתחתיה (שורה 3) "
            + "מסתכמות ב-2,400,000 ש\"ח");
    assertThat(parsed.sheets().get(0).skipped()).singleElement()
        .satisfies(skipped -> assertThat(skipped.rows()).containsExactly(2, 3, 6));
    assertThat(parsed.sheets().get(1).rows()).isEqualTo(2);
  }

  @Test
  void aFormulaNoProgramCalculatedAndHiddenRowsAreToldNotTakenSilently() {
    byte[] book = new TestWorkbook()
        .sheet("ספר התקציב", HEADER,
            row("1813000750", "תכניות העשרה", "schools", 1_000_000),
            row("1813000760", "ישן", "schools", 400_000),
            row("1813000770", "תגבור", "schools", null))
        .edit("ספר התקציב", sheet -> {
          sheet.getRow(2).setZeroHeight(true);
          sheet.getRow(3).createCell(3).setCellFormula("200000*1.17");
        })
        .bytes();

    var parsed = read(book);

    assertThat(parsed.problems()).extracting(SheetProblem::message).containsExactly("שורה 4, עמודה D (סכום): "
        + "'=200000*1.17' היא נוסחה שלא חושבה: פתחו את הקובץ ב-Excel, שמרו אותו והעלו שוב");
    assertThat(parsed.notices()).containsExactly(
        "נקראו גם שורות שהגיליון מסתיר: שורה 3; הציגו אותן ב-Excel ובדקו שהן שייכות לקובץ");
  }

  @Test
  void aTitleSpeakingOfThousandsOfChildrenChangesNoAmountAndACodeInScientificNotationIsRefused() {
    byte[] book = new TestWorkbook()
        .sheet("ספר התקציב", row("תקציב פרויקט אלפי ילדים בקהילה"), HEADER,
            row("1813000750", "תכניות העשרה", "schools", 1_000_000),
            row("1.81E+09", "הסעות", "schools", 300_000))
        .bytes();

    var parsed = read(book);

    assertThat(parsed.sheets().get(0).unit()).isEqualTo("ש\"ח");
    assertThat(parsed.problems()).extracting(SheetProblem::message).containsExactly("שורה 4, עמודה A (קוד סעיף): "
        + "קוד הסעיף '1.81E+09' נשמר בכתיב מדעי ואיבד ספרות; עצבו את העמודה כטקסט ב-Excel, כתבו את הקודים המלאים "
        + "ושמרו שוב");
  }

  @Test
  void amountsWrittenAsTextWithTheShekelsSignSpacesOrADashAreTheAmountsTheySay() {
    byte[] book = new TestWorkbook()
        .sheet("ספר התקציב", row("קוד סעיף", "שם הסעיף", "מחלקה", "תקציב מאושר 2026"),
            row("1813000750", "תכניות העשרה", "schools", "₪ 1,250,000"),
            row("1813000760", "תגבור", "schools", "400,000 ש\"ח"),
            row("1813000770", "הסעות", "schools", "1 250 000"),
            row("1813000780", "מבנים", "schools", "-"),
            row("1813000790", "שונות", "schools", "(1,250)"))
        .bytes();

    var parsed = read(book);

    assertThat(parsed.problems()).extracting(SheetProblem::message)
        .containsExactly("שורה 6, עמודה D (תקציב מאושר 2026): '(1,250)' אינו מספר");
    assertThat(parsed.notices()).containsExactly("הסכומים נקראו מעמודה D ('תקציב מאושר 2026'), של שנת 2026 (ודאו "
        + "שזו השנה שהקובץ נועד לה)");
    var fine = read(new TestWorkbook().sheet("ספר התקציב", HEADER,
        row("1813000750", "תכניות העשרה", "schools", "₪ 1,250,000"), row("1813000760", "תגבור", "schools", "400,000 ש\"ח"),
        row("1813000770", "הסעות", "schools", "1 250 000"), row("1813000780", "מבנים", "schools", "-")).bytes());
    assertThat(fine.clauses()).extracting(BudgetClause::amount).containsExactly(new BigDecimal("1250000.00"),
        new BigDecimal("400000.00"), new BigDecimal("1250000.00"), new BigDecimal("0.00"));
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  private static ParsedBook read(byte[] book) {
    return BudgetBookSheets.read("book.xlsx", book, BudgetBookSheetsTest::department);
  }
}
