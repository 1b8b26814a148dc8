package org.maagal.goals;

import static org.maagal.spreadsheets.ColumnSpec.Kind.NUMBER;
import static org.maagal.spreadsheets.ColumnSpec.Kind.TEXT;
import static org.maagal.spreadsheets.ColumnSpec.Kind.YEAR;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.maagal.spreadsheets.ColumnSpec;

/**
 * The goal tree's columns in the order of the municipality's spreadsheet. Reader and writer both
 * use this one list, so a file we write is a file we read; a file people keep reads too, with the
 * other spellings of each header listed here (quotes, brackets and spacing are ignored anyway).
 */
enum GoalTreeColumn {
  DOMAIN("תחום", 16, GoalTreeRow::domain,
      ColumnSpec.of("DOMAIN", "תחום", TEXT, "התחום", "תחומים", "תחום מדיניות").asGroup(),
      "תחום מתחומי הרשות, כפי שהוא כתוב בקובץ הארגון. מספיק לכתוב אותו פעם אחת, בשורה הראשונה של התחום."),
  GOAL("מטרה", 45, GoalTreeRow::goal,
      ColumnSpec.of("GOAL", "מטרה", TEXT, "המטרה", "מטרות", "מטרה אסטרטגית").asGroup(),
      "המטרה שבתחום. שורה שיש בה רק תחום ומטרה היא מטרה שעוד אין לה יעדים. מספיק לכתוב אותה פעם אחת."),
  TARGET("יעד", 45, GoalTreeRow::target,
      ColumnSpec.of("TARGET", "יעד", TEXT, "היעד", "יעדים", "יעד מדיד").asGroup(),
      "היעד שבמטרה. מספיק לכתוב אותו פעם אחת, מעל המדדים שלו."),
  INDICATOR("מדד", 45, GoalTreeRow::indicator,
      ColumnSpec.of("INDICATOR", "מדד", TEXT, "המדד", "שם המדד", "מדד הצלחה"),
      "מה נמדד. כל שורת מדד ממלאת גם יחידת מידה, כיוון, ערכי בסיס ויעד, שנים ומחלקה אחראית."),
  UNIT("יחידת מידה", 12, GoalTreeRow::unit,
      ColumnSpec.of("UNIT", "יחידת מידה", TEXT, "יחידת המידה", "יחידות מידה", "יחידה", "יח' מידה", "יח\"מ"),
      "למשל %, ש\"ח או תלמידים. באחוזים, הערכים הם המספרים שרואים בגיליון: 72 עבור 72%."),
  DIRECTION("כיוון", 9, row -> row.direction() == null ? null : row.direction().hebrew(),
      ColumnSpec.of("DIRECTION", "כיוון", TEXT, "הכיוון", "כיוון רצוי", "הכיוון הרצוי", "כיוון המדד", "מגמה רצויה"),
      "'עלייה' אם טוב שהמדד עולה, 'ירידה' אם טוב שהוא יורד."),
  BASELINE_VALUE("ערך בסיס", 10, GoalTreeRow::baselineValue,
      ColumnSpec.of("BASELINE_VALUE", "ערך בסיס", NUMBER, "ערך הבסיס", "בסיס", "בסיס (ערך)", "ערך בסיסי",
          "ערך נוכחי"),
      "ערך המדד בשנת הבסיס: מספר, אפשר עם פסיק אלפים (1,250) או אחוזים (72%)."),
  BASELINE_YEAR("שנת בסיס", 10, GoalTreeRow::baselineYear,
      ColumnSpec.of("BASELINE_YEAR", "שנת בסיס", YEAR, "שנת הבסיס", "בסיס (שנה)", "שנת ערך בסיס"),
      "השנה שבה נמדד ערך הבסיס, למשל 2025."),
  TARGET_VALUE("ערך יעד", 10, GoalTreeRow::targetValue,
      ColumnSpec.of("TARGET_VALUE", "ערך יעד", NUMBER, "ערך היעד", "יעד (ערך)", "יעד כמותי", "ערך מטרה"),
      "הערך שאליו רוצים להגיע בשנת היעד: מספר, כמו ערך הבסיס."),
  TARGET_YEAR("שנת יעד", 10, GoalTreeRow::targetYear,
      ColumnSpec.of("TARGET_YEAR", "שנת יעד", YEAR, "שנת היעד", "יעד (שנה)", "שנת ערך יעד"),
      "השנה שבה אמורים להגיע לערך היעד; לא לפני שנת הבסיס."),
  OWNER_DEPARTMENT("מחלקה אחראית", 24, GoalTreeRow::ownerDepartment,
      ColumnSpec.of("OWNER_DEPARTMENT", "מחלקה אחראית", TEXT, "המחלקה האחראית", "מחלקה", "אחריות", "גורם אחראי",
          "יחידה אחראית"),
      "המחלקה שאחראית על המדד, בשמה בקובץ הארגון."),
  DATA_SOURCE("מקור נתונים", 30, GoalTreeRow::dataSource,
      ColumnSpec.of("DATA_SOURCE", "מקור נתונים", TEXT, "מקור הנתונים", "מקור מידע", "מקור המידע", "מקור"),
      "מאין יגיעו הנתונים (סקר, מערכת, משרד ממשלתי). אפשר להשאיר ריק."),
  CEO_INDICATOR("מדד מנכ\"ל", 10, GoalTreeColumn::ceoIndicatorMark,
      ColumnSpec.of("CEO_INDICATOR", "מדד מנכ\"ל", TEXT, "מדדי מנכ\"ל", "מדד מנכ״ל", "מדדי מנכ״ל", "מדד מנכל",
          "מדדי מנכל", "מנכ\"ל")
          .asOptional(),
      "'כן' אם המנכ\"ל עוקב אחרי המדד, 'לא' או ריק אם לא. אפשר גם V. קובץ בלי העמודה נקרא כולו בלי מדדי מנכ\"ל.");

  /** The words a spreadsheet gives a CEO indicator's mark; {@code TRUE} and {@code FALSE} are Excel's own. */
  static final String YES = "כן";
  static final String NO = "לא";

  static final List<String> HEADERS = Arrays.stream(values()).map(GoalTreeColumn::header).toList();
  /** What the spreadsheet reader looks for, outermost group first. */
  static final List<ColumnSpec> SPECS = Arrays.stream(values()).map(GoalTreeColumn::spec).toList();

  private final String header;
  private final int widthInCharacters;
  private final Function<GoalTreeRow, Object> value;
  private final ColumnSpec spec;
  private final String explanation;

  GoalTreeColumn(String header, int widthInCharacters, Function<GoalTreeRow, Object> value, ColumnSpec spec,
      String explanation) {
    this.header = header;
    this.widthInCharacters = widthInCharacters;
    this.value = value;
    this.spec = spec;
    this.explanation = explanation;
  }

  String header() {
    return header;
  }

  String key() {
    return spec.key();
  }

  ColumnSpec spec() {
    return spec;
  }

  /** What the template's notes sheet says of the column, in Hebrew. */
  String explanation() {
    return explanation;
  }

  int widthInCharacters() {
    return widthInCharacters;
  }

  /** Only an indicator is marked, yes or no; a goal-only row leaves the cell empty. */
  private static String ceoIndicatorMark(GoalTreeRow row) {
    return row.indicator() == null ? null : row.ceoIndicator() ? YES : NO;
  }

  /** The row's value in this column: text, a {@code BigDecimal} or an {@code Integer} year; null when empty. */
  Object valueIn(GoalTreeRow row) {
    return value.apply(row);
  }
}
