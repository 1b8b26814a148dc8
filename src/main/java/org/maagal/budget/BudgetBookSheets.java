package org.maagal.budget;

import static org.maagal.budget.BudgetColumn.AMOUNT;
import static org.maagal.budget.BudgetColumn.CODE;
import static org.maagal.budget.BudgetColumn.DEPARTMENT;
import static org.maagal.budget.BudgetColumn.DIRECTION;
import static org.maagal.budget.BudgetColumn.FUNDER;
import static org.maagal.budget.BudgetColumn.FUNDING_KIND;
import static org.maagal.budget.BudgetColumn.NAME;
import static org.maagal.budget.BudgetColumn.TYPE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.maagal.spreadsheets.SheetProblem;
import org.maagal.spreadsheets.SpreadsheetReader;
import org.maagal.spreadsheets.SpreadsheetRow;

/**
 * Reads the treasury's budget book file: a header row, then a row per budget clause. Reading never
 * throws on what a user uploads; it answers with every problem, by row, column letter and header.
 */
final class BudgetBookSheets {

  // A code Excel kept as a number and a script wrote with its decimal point: 1817000750.0 is 1817000750.
  private static final Pattern WHOLE_NUMBER_WITH_POINT = Pattern.compile("(\\d+)\\.0+");
  // Quotes, geresh and gershayim vary (תב"ר, תב״ר, תב''ר), and so do spaces: words are compared without them.
  private static final Pattern NOT_A_LETTER = Pattern.compile("[\\s\\p{Z}\"'\u05F3\u05F4\u201C\u201D\u2018\u2019`.\\-_/]+");
  private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(\\.\\d+)?[eE][+-]?\\d+");
  private static final int AMOUNT_DECIMALS = 2;
  static final String INCOME = "שורות הכנסה, שאינן סעיפי הוצאה ואינן נספרות בתקרות";
  private static final Set<String> INCOME_WORDS = Set.of("הכנסות", "הכנסה", "income", "revenue", "revenues");
  private static final Set<String> EXPENSE_WORDS = Set.of("הוצאות", "הוצאה", "expenses", "expense", "expenditure");
  private static final Set<String> DEVELOPMENT_WORDS = Set.of("תבר", "תברים", "פיתוח", "בלתי", "development");
  private static final Set<String> OPERATING_WORDS = Set.of("רגיל", "שוטף", "operating");
  private static final Set<String> LEADING_WORDS = Set.of("תקציב", "התקציב", "ספר", "סעיפי", "budget");

  private static final Map<String, BudgetType> TYPES = Map.of(
      "רגיל", BudgetType.OPERATING, "תקציברגיל", BudgetType.OPERATING, "operating", BudgetType.OPERATING,
      "תבר", BudgetType.DEVELOPMENT, "פיתוח", BudgetType.DEVELOPMENT, "תקציבפיתוח", BudgetType.DEVELOPMENT,
      "development", BudgetType.DEVELOPMENT, "תקציבבלתירגיל", BudgetType.DEVELOPMENT);
  private static final Map<String, FundingKind> KINDS = Map.ofEntries(
      Map.entry("עירוני", FundingKind.MUNICIPAL), Map.entry("עירייה", FundingKind.MUNICIPAL),
      Map.entry("municipal", FundingKind.MUNICIPAL),
      Map.entry("משרדממשלתי", FundingKind.GOVERNMENT), Map.entry("ממשלתי", FundingKind.GOVERNMENT),
      Map.entry("ממשלה", FundingKind.GOVERNMENT), Map.entry("government", FundingKind.GOVERNMENT),
      Map.entry("קרן", FundingKind.PHILANTHROPY), Map.entry("קרןפילנתרופית", FundingKind.PHILANTHROPY),
      Map.entry("פילנתרופיה", FundingKind.PHILANTHROPY), Map.entry("philanthropy", FundingKind.PHILANTHROPY),
      Map.entry("שותףעסקי", FundingKind.BUSINESS), Map.entry("עסקי", FundingKind.BUSINESS),
      Map.entry("business", FundingKind.BUSINESS));

  private BudgetBookSheets() {
  }

  /**
   * Reads an uploaded file by its name (.xlsx or .csv).
   *
   * @param departmentId a department's id by its id or Hebrew name, as the organisation knows it
   */
  static ParsedBook read(String fileName, byte[] content, Function<String, Optional<String>> departmentId) {
    var sheet = SpreadsheetReader.read(fileName, content, BudgetColumn.SPECS, BudgetBookSheets::income);
    if (sheet.unreadable()) {
      return new ParsedBook(List.of(), sheet.problems(), sheet.notices(), sheet.sheets());
    }
    var clauses = new ArrayList<BudgetClause>();
    var problems = new ArrayList<>(sheet.problemsOutsideRows());
    var notices = new ArrayList<>(sheet.notices());
    var firstRowOfCode = new HashMap<String, SpreadsheetRow>();
    var typedBySheet = new LinkedHashMap<String, Integer>();
    for (SpreadsheetRow row : sheet.rows()) {
      var rowProblems = new ArrayList<>(row.problems());
      var clause = clause(row, departmentId, rowProblems);
      if (clause.code() != null) {
        var first = firstRowOfCode.putIfAbsent(clause.code(), row);
        if (first != null) {
          rowProblems.add(row.problem(CODE.key(), "קוד הסעיף '" + clause.code() + "' כבר מופיע ב" + first.where()));
        }
      }
      if (rowProblems.isEmpty()) {
        clauses.add(clause);
        if (row.text(TYPE.key()) == null && clause.type() == BudgetType.DEVELOPMENT) {
          typedBySheet.merge(row.sheet() == null ? "" : row.sheet(), 1, Integer::sum);
        }
      }
      problems.addAll(rowProblems);
    }
    problems.sort(sheet.fileOrder());
    typedBySheet.forEach((name, count) -> notices.add((name.isEmpty() ? "" : "גיליון '" + name + "': ") + count
        + " סעיפים בלי סוג תקציב נקראו כתב\"ר, כפי שאומרים שם הגיליון או הכותרת שמעליהם"));
    return new ParsedBook(clauses, problems, notices, sheet.sheets());
  }

  /**
   * A row of income, which is no expense clause and no department's money: so its own column says ("הכנסה"), or
   * the nearest heading above it that names income or expenses, or its sheet's name.
   */
  private static String income(SpreadsheetRow row) {
    String written = row.text(DIRECTION.key());
    boolean income = written != null ? INCOME_WORDS.contains(word(written))
        : section(row, INCOME_WORDS, EXPENSE_WORDS);
    return income ? INCOME : null;
  }

  /**
   * Whether the nearest heading above the row, or else its sheet's name, begins with one of {@code these} words
   * rather than one of {@code others} ("הכנסות עצמיות", not "אגף הכנסות": a division's expenses).
   */
  private static boolean section(SpreadsheetRow row, Set<String> these, Set<String> others) {
    var names = new ArrayList<>(row.headingsAbove());
    Collections.reverse(names);
    if (row.sheet() != null) {
      names.add(row.sheet());
    }
    for (String name : names) {
      String first = firstWord(name);
      if (these.contains(first)) {
        return true;
      }
      if (others.contains(first)) {
        return false;
      }
    }
    return false;
  }

  /** The first word of a heading or a sheet's name, past "תקציב", "ספר" and the like. */
  private static String firstWord(String name) {
    var words = Arrays.stream(name.strip().split("[\\s\\p{Z}\\-–—:()]+")).map(BudgetBookSheets::word)
        .filter(word -> !word.isEmpty() && !LEADING_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit))
        .toList();
    return words.isEmpty() ? "" : words.get(0);
  }

  /** The row's clause as far as it could be read; what could not is added to {@code problems}. */
  private static BudgetClause clause(SpreadsheetRow row, Function<String, Optional<String>> departmentId,
      List<SheetProblem> problems) {
    String code = code(row.text(CODE.key()));
    if (code == null) {
      problems.add(row.problem(CODE.key(), "חסר קוד סעיף"));
    } else if (SCIENTIFIC.matcher(code).matches()) {
      // Excel shows a long number as 1.81E+09 in a column of numbers, and a CSV keeps only that
      problems.add(row.problem(CODE.key(), "קוד הסעיף '" + code + "' נשמר בכתיב מדעי ואיבד ספרות; עצבו את העמודה "
          + "כטקסט ב-Excel, כתבו את הקודים המלאים ושמרו שוב"));
    }
    String name = row.text(NAME.key());
    if (name == null) {
      problems.add(row.problem(NAME.key(), "חסר שם הסעיף"));
    }
    String department = row.text(DEPARTMENT.key());
    String resolvedId = null;
    if (department == null) {
      problems.add(row.problem(DEPARTMENT.key(), "חסרה מחלקה"));
    } else {
      resolvedId = departmentId.apply(department).orElse(null);
      if (resolvedId == null) {
        problems.add(row.problem(DEPARTMENT.key(), "המחלקה '" + department + "' אינה מחלקה ברשות"));
      }
    }
    BigDecimal amount = amount(row, problems);
    BudgetType type = type(row, problems);
    FundingSource source = source(row, problems);
    return new BudgetClause(code, name, resolvedId, type, source, amount);
  }

  private static String code(String written) {
    if (written == null) {
      return null;
    }
    var number = WHOLE_NUMBER_WITH_POINT.matcher(written);
    return number.matches() ? number.group(1) : written;
  }

  private static BigDecimal amount(SpreadsheetRow row, List<SheetProblem> problems) {
    var cell = row.cell(AMOUNT.key());
    if (cell.empty()) {
      problems.add(row.problem(AMOUNT.key(), "חסר סכום"));
      return null;
    }
    BigDecimal amount = cell.number();
    if (amount == null) {
      // the reader has named it already ("'הרבה' אינו מספר")
      return null;
    }
    if (amount.signum() < 0) {
      problems.add(row.problem(AMOUNT.key(), "הסכום " + cell.text() + " שלילי; סכום של סעיף הוא אפס ומעלה"));
      return null;
    }
    if (amount.scale() > AMOUNT_DECIMALS) {
      problems.add(row.problem(AMOUNT.key(), "הסכום " + amount.toPlainString() + " מדויק יותר מאגורה; לכל היותר שתי "
          + "ספרות אחרי הנקודה (סכום שנוסחה חישבה: עגלו אותו ב-ROUND)"));
      return null;
    }
    return amount.setScale(AMOUNT_DECIMALS);
  }

  private static BudgetType type(SpreadsheetRow row, List<SheetProblem> problems) {
    String written = row.text(TYPE.key());
    if (written == null) {
      // a treasury keeps its development budget on a sheet or under a heading of its own ("תב\"ר", "תקציב פיתוח")
      return section(row, DEVELOPMENT_WORDS, OPERATING_WORDS) ? BudgetType.DEVELOPMENT : BudgetType.OPERATING;
    }
    var type = TYPES.get(word(written));
    if (type == null) {
      problems.add(row.problem(TYPE.key(), "סוג התקציב '" + written + "' אינו מוכר; כתבו 'רגיל' או 'תב\"ר'"));
    }
    return type;
  }

  private static FundingSource source(SpreadsheetRow row, List<SheetProblem> problems) {
    String writtenKind = row.text(FUNDING_KIND.key());
    String funder = row.text(FUNDER.key());
    if (writtenKind == null) {
      if (funder != null) {
        // a funder without a kind may be a ministry or a fund: we do not guess which
        problems.add(row.problem(FUNDING_KIND.key(), "חסר מקור מימון לגורם המממן '" + funder
            + "'; כתבו 'משרד ממשלתי', 'קרן פילנתרופית' או 'שותף עסקי'"));
        return null;
      }
      return FundingSource.MUNICIPAL;
    }
    var kind = KINDS.get(word(writtenKind));
    if (kind == null) {
      problems.add(row.problem(FUNDING_KIND.key(), "מקור המימון '" + writtenKind
          + "' אינו מוכר; כתבו 'עירוני', 'משרד ממשלתי', 'קרן פילנתרופית' או 'שותף עסקי'"));
      return null;
    }
    if (kind != FundingKind.MUNICIPAL && funder == null) {
      problems.add(row.problem(FUNDER.key(), "חסר גורם מממן: במקור מימון '" + kind.hebrewName()
          + "' יש לכתוב את שם הגורם המממן"));
      return null;
    }
    return new FundingSource(kind, funder);
  }

  private static String word(String written) {
    return NOT_A_LETTER.matcher(written).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
