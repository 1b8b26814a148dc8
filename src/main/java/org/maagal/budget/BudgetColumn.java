package org.maagal.budget;

import static org.maagal.spreadsheets.ColumnSpec.Kind.MONEY;
import static org.maagal.spreadsheets.ColumnSpec.Kind.TEXT;

import java.util.Arrays;
import java.util.List;
import org.maagal.spreadsheets.ColumnSpec;

/**
 * The budget book's columns in the order of the treasury's spreadsheet. Reader and template use this
 * one list; the other spellings are those treasuries write (quotes, brackets and spacing are ignored anyway).
 */
enum BudgetColumn {
  CODE("קוד סעיף", 16, "1812000750",
      ColumnSpec.of("CODE", "קוד סעיף", TEXT, "קוד הסעיף", "סעיף", "סעיף תקציבי", "מספר סעיף", "מס' סעיף",
          "מספר הסעיף", "קוד", "סמל סעיף", "מספר תב\"ר").asCode(),
      "קוד הסעיף כפי שהוא בספר התקציב, למשל 1812000750 או \"תב\"ר 1234\". נשמר בדיוק כפי שנכתב; "
          + "כל קוד מופיע בקובץ פעם אחת."),
  NAME("שם הסעיף", 40, "תכניות העשרה בבתי הספר",
      ColumnSpec.of("NAME", "שם הסעיף", TEXT, "שם סעיף", "תיאור הסעיף", "תיאור", "שם"),
      "שם הסעיף בספר התקציב."),
  DEPARTMENT("מחלקה", 24, "מחלקת בתי ספר",
      ColumnSpec.of("DEPARTMENT", "מחלקה", TEXT, "המחלקה", "מחלקה אחראית", "המחלקה האחראית", "יחידה"),
      "המחלקה שהסעיף שלה, בשמה בקובץ הארגון (או במזהה שלה, למשל schools)."),
  AMOUNT("סכום", 14, 1_250_000,
      ColumnSpec.of("AMOUNT", "סכום", MONEY, "סכום בש\"ח", "סכום (ש\"ח)", "סכום בשקלים", "הסכום", "תקציב",
          "תקציב מאושר", "תקציב בש\"ח", "הצעת תקציב", "תקציב מוצע"),
      "הסכום בשקלים: מספר אפס ומעלה, אפשר עם פסיק אלפים (1,250,000), עד שתי ספרות אחרי הנקודה. ספר שכתוב "
          + "באלפי ש\"ח או במיליוני ש\"ח יאמר זאת בכותרת ('סכום (באלפי ש\"ח)') או בשורה שמעל הכותרות."),
  TYPE("סוג תקציב", 12, BudgetType.OPERATING.hebrewName(),
      ColumnSpec.of("TYPE", "סוג תקציב", TEXT, "סוג התקציב", "סוג", "רגיל/תב\"ר").asOptional(),
      "'רגיל' (תקציב רגיל) או 'תב\"ר' (פיתוח). ריק: תקציב רגיל."),
  FUNDING_KIND("מקור מימון", 16, FundingKind.GOVERNMENT.hebrewName(),
      ColumnSpec.of("FUNDING_KIND", "מקור מימון", TEXT, "מקור המימון", "מקור", "סוג מימון", "סוג המימון")
          .asOptional(),
      "'עירוני', 'משרד ממשלתי', 'קרן פילנתרופית' (או 'קרן') או 'שותף עסקי' (או 'עסקי'). ריק: עירוני."),
  FUNDER("גורם מממן", 24, "משרד החינוך",
      ColumnSpec.of("FUNDER", "גורם מממן", TEXT, "הגורם המממן", "מממן", "שם המממן", "גוף מממן", "שם הגורם המממן")
          .asOptional(),
      "שם הגורם המממן, למשל משרד החינוך או שם הקרן. חובה בכל מקור מימון שאינו עירוני."),
  DIRECTION("הוצאה/הכנסה", 12, "הוצאה",
      ColumnSpec.of("DIRECTION", "הוצאה/הכנסה", TEXT, "הכנסה/הוצאה", "הוצאות/הכנסות", "הכנסות/הוצאות",
          "הוצאה או הכנסה", "סוג תנועה").asOptional(),
      "'הוצאה' או 'הכנסה'. שורת הכנסה אינה סעיף הוצאה: היא אינה נקלטת ואינה נספרת בתקרות, והתצוגה המקדימה מונה "
          + "אותה. ריק: הוצאה (או הכנסה, כשהגיליון או הכותרת שמעל השורה אומרים 'הכנסות').");

  /** What the spreadsheet reader looks for. */
  static final List<ColumnSpec> SPECS = Arrays.stream(values()).map(BudgetColumn::spec).toList();

  private final String header;
  private final int widthInCharacters;
  private final Object sample;
  private final ColumnSpec spec;
  private final String explanation;

  BudgetColumn(String header, int widthInCharacters, Object sample, ColumnSpec spec, String explanation) {
    this.header = header;
    this.widthInCharacters = widthInCharacters;
    this.sample = sample;
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

  int widthInCharacters() {
    return widthInCharacters;
  }

  /** The template's sample row's value in this column: text or a number. */
  Object sample() {
    return sample;
  }

  /** What the template's notes sheet says of the column, in Hebrew. */
  String explanation() {
    return explanation;
  }
}
