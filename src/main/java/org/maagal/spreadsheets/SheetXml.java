package org.maagal.spreadsheets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * A sheet's XML as it streams: its rows with a value, each cell as Excel shows it, and its merged regions.
 * Only what is read is held, whatever the sheet declares ({@code <dimension>}, {@code spans}, counts):
 * rows until {@code maxLines} rows with a value (the reader refuses more anyway), values in the first
 * {@link ReadLimits#MAX_COLUMNS} columns, {@link ReadLimits#MAX_CELLS} cells of
 * {@link ReadLimits#MAX_CELL_TEXT} characters, {@link ReadLimits#MAX_MERGED_REGIONS} merged regions.
 * A cell of a shared string holds the string's index until {@link SharedStringsXml} reads its text.
 */
final class SheetXml extends XmlPart {

  // Excel itself shows at most 15 significant digits; beyond them a double only carries noise (0.1+0.2).
  private static final MathContext EXCEL_DIGITS = new MathContext(15);
  private static final double WHOLE_NUMBERS_EXCEL_SHOWS = 1e15;

  /**
   * A row with a value: its number (first row = 1), its cells by column, a text or a shared string's index, and
   * whether the sheet hides it.
   */
  record RawLine(int number, List<Object> cells, boolean hidden) {
  }

  /** A merged region: its rows (first row = 1) and columns (A = 0), first to last. */
  record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {
  }

  private final CellStyles styles;
  private final SharedStringsXml strings;
  private final boolean date1904;
  private final int maxLines;
  private final DataFormatter formatter = new DataFormatter();

  private final List<RawLine> lines = new ArrayList<>();
  private final List<Region> merged = new ArrayList<>();
  private final BitSet wantedStrings = new BitSet();
  private int cells;
  private long textKept;

  private int lastRow;
  private List<Object> row;
  private int rowNumber;
  private boolean rowHidden;
  private int lastColumn;

  private boolean inCell;
  private int column;
  private String type;
  private int style;
  private final StringBuilder value = new StringBuilder();
  private boolean hasValue;
  private boolean inValue;
  private boolean inInline;
  private boolean inText;
  private boolean inPhonetic;
  private boolean inFormula;
  private boolean hasFormula;
  private final StringBuilder formula = new StringBuilder();

  /**
   * @param strings the first reading of the shared strings (which are blank), or null when there are none
   * @param before the sheet read before this one in the same workbook, whose cells and text count towards the
   *     bounds, or null for the first
   */
  SheetXml(CellStyles styles, SharedStringsXml strings, boolean date1904, int maxLines, SheetXml before) {
    this.styles = styles;
    this.strings = strings;
    this.date1904 = date1904;
    this.maxLines = maxLines;
    if (before != null) {
      this.cells = before.cells;
      this.textKept = before.textKept;
    }
  }

  List<RawLine> lines() {
    return lines;
  }

  List<Region> merged() {
    return merged;
  }

  /** The shared strings the rows read refer to. */
  BitSet wantedStrings() {
    return wantedStrings;
  }

  /** Characters of the cells read that are not shared strings, in this sheet and those before it. */
  long textKept() {
    return textKept;
  }

  @Override
  void start(String name, Attributes attributes) throws SAXException {
    switch (name) {
      case "row" -> startRow(attributes);
      case "c" -> startCell(attributes);
      case "v" -> {
        inValue = inCell;
        hasValue |= inCell;
      }
      case "is" -> {
        inInline = inCell;
        hasValue |= inCell;
      }
      case "f" -> {
        inFormula = inCell;
        hasFormula |= inCell;
      }
      case "t" -> inText = inInline;
      case "rPh" -> inPhonetic = inInline;
      case "mergeCell" -> addMergedRegion(attributes.getValue("ref"));
      default -> {
      }
    }
  }

  @Override
  void end(String name) throws SAXException {
    switch (name) {
      case "row" -> endRow();
      case "c" -> endCell();
      case "v" -> inValue = false;
      case "is" -> inInline = false;
      case "f" -> inFormula = false;
      case "t" -> inText = false;
      case "rPh" -> inPhonetic = false;
      default -> {
      }
    }
  }

  @Override
  public void characters(char[] characters, int start, int length) throws SAXException {
    if (inFormula) {
      if (formula.length() + length <= ReadLimits.MAX_CELL_TEXT) {
        formula.append(characters, start, length);
      }
      return;
    }
    if (!inValue && !(inText && !inPhonetic)) {
      return;
    }
    if (value.length() + length > ReadLimits.MAX_CELL_TEXT) {
      throw overLimit(ReadLimits.tooLarge("בתא " + reference(column, rowNumber) + " יותר מ-"
          + ReadLimits.count(ReadLimits.MAX_CELL_TEXT) + " תווים"));
    }
    value.append(characters, start, length);
  }

  private void startRow(Attributes attributes) throws SAXException {
    int number = XmlPart.intAttribute(attributes, "r", lastRow + 1);
    if (number <= lastRow || number > ReadLimits.EXCEL_ROWS) {
      throw new SAXException("Row " + number + " out of order or past Excel's last row");
    }
    lastRow = number;
    rowNumber = number;
    String hidden = attributes.getValue("hidden");
    rowHidden = "1".equals(hidden) || "true".equalsIgnoreCase(hidden);
    row = new ArrayList<>();
    lastColumn = -1;
  }

  private void startCell(Attributes attributes) throws SAXException {
    if (row == null) {
      throw new SAXException("A cell outside a row");
    }
    String reference = attributes.getValue("r");
    column = reference == null ? lastColumn + 1 : column(reference);
    if (column < 0 || column >= ReadLimits.EXCEL_COLUMNS) {
      throw new SAXException("No such cell: " + reference);
    }
    lastColumn = column;
    String declared = attributes.getValue("t");
    type = declared == null ? "n" : declared;
    style = XmlPart.intAttribute(attributes, "s", 0);
    value.setLength(0);
    formula.setLength(0);
    hasValue = false;
    hasFormula = false;
    inCell = true;
  }

  private void endCell() throws SAXException {
    inCell = false;
    Object cell = cellValue();
    if (cell == null && hasFormula) {
      // a formula no program has calculated (a file a script wrote): shown as written, so the reader can say so
      cell = "=" + formula;
      value.setLength(0);
    }
    boolean blank = cell == null || (cell instanceof Integer string ? strings.blank(string) : CellText.blank((String) cell));
    if (blank) {
      return;
    }
    if (column >= ReadLimits.MAX_COLUMNS) {
      throw overLimit(ReadLimits.tooLarge("בתא " + reference(column, rowNumber) + " יש ערך, ונקראות רק "
          + ReadLimits.MAX_COLUMNS + " העמודות הראשונות (A עד " + HeaderRow.letter(ReadLimits.MAX_COLUMNS - 1) + ")"));
    }
    if (++cells > ReadLimits.MAX_CELLS) {
      throw overLimit(ReadLimits.tooLarge("בגיליונות שלו יותר מ-" + ReadLimits.count(ReadLimits.MAX_CELLS) + " תאים מלאים"));
    }
    if (cell instanceof String text) {
      textKept += text.length();
      if (textKept > ReadLimits.MAX_TEXT) {
        throw overLimit(ReadLimits.tooLarge("בתאי הגיליונות שלו יותר מ-" + ReadLimits.count(ReadLimits.MAX_TEXT) + " תווים"));
      }
    } else {
      wantedStrings.set((Integer) cell);
    }
    while (row.size() <= column) {
      row.add(null);
    }
    row.set(column, cell);
  }

  private void endRow() throws Enough {
    if (row == null) {
      return;
    }
    if (!row.isEmpty()) {
      lines.add(new RawLine(rowNumber, row, rowHidden));
    }
    row = null;
    if (lines.size() >= maxLines) {
      throw new Enough();
    }
  }

  /**
   * The cell as Excel shows it: a text, a shared string's index, or null when it holds nothing. A
   * formula counts by the value Excel last calculated; we never evaluate a user's formulas.
   */
  private Object cellValue() throws SAXException {
    if (!hasValue) {
      return null;
    }
    String text = value.toString();
    return switch (type) {
      case "s" -> sharedString(text);
      case "inlineStr", "str" -> CellText.excelEscapesDecoded(text);
      case "b" -> "1".equals(text.strip()) ? "TRUE" : "FALSE";
      case "e" -> errorText(text.strip());
      case "d" -> text;
      default -> text.isBlank() ? null : number(text.strip());
    };
  }

  private Integer sharedString(String text) throws SAXException {
    int index;
    try {
      index = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new SAXException("A shared string's index is no number");
    }
    if (strings == null || index < 0 || index >= strings.count()) {
      throw new SAXException("No shared string " + index);
    }
    return index;
  }

  private static String errorText(String code) {
    try {
      return FormulaError.forString(code).getString();
    } catch (IllegalArgumentException unknown) {
      return "#ERROR";
    }
  }

  /**
   * A number as the user sees it: Excel stores 72% as 0.72, and the user typed and reads 72, so a
   * percent-formatted cell reads as "72%" (72 in a number column). Dates read as Excel shows them.
   */
  private String number(String text) throws SAXException {
    double number;
    try {
      number = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new SAXException("A number cell holds no number");
    }
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      throw new SAXException("A number cell holds no number");
    }
    if (styles.date(style) && DateUtil.isValidExcelDate(number)) {
      return formatter.formatRawCellContents(number, styles.formatIndex(style), styles.formatString(style), date1904);
    }
    int scaled = styles.thousandsScaled(style);
    if (scaled > 0) {
      // "#,##0," shows 1250000 as 1,250: the number the user reads (a header "באלפי ש\"ח" then says what it is)
      return CellText.canonical(new BigDecimal(number).round(EXCEL_DIGITS).movePointLeft(3 * scaled)).toPlainString();
    }
    boolean percent = styles.percent(style);
    if (!percent && number == Math.rint(number) && Math.abs(number) < WHOLE_NUMBERS_EXCEL_SHOWS) {
      // a whole number, as most cells hold: the same text as below, without a BigDecimal
      return Long.toString((long) number);
    }
    var decimal = new BigDecimal(number).round(EXCEL_DIGITS);
    if (percent) {
      return CellText.canonical(decimal.movePointRight(2)).toPlainString() + "%";
    }
    return CellText.canonical(decimal).toPlainString();
  }

  private void addMergedRegion(String reference) throws SAXException {
    if (merged.size() >= ReadLimits.MAX_MERGED_REGIONS) {
      throw overLimit(ReadLimits.tooLarge("בגיליון יותר מ-" + ReadLimits.count(ReadLimits.MAX_MERGED_REGIONS)
          + " טווחים ממוזגים"));
    }
    String[] corners = reference == null ? new String[0] : reference.split(":", -1);
    if (corners.length < 1 || corners.length > 2) {
      throw new SAXException("No merged region: " + reference);
    }
    String last = corners[corners.length - 1];
    int firstColumn = column(corners[0]);
    int lastColumn = column(last);
    int firstRow = row(corners[0]);
    int lastRow = row(last);
    if (firstColumn < 0 || lastColumn < 0 || firstRow < 1 || lastRow < 1) {
      throw new SAXException("No merged region: " + reference);
    }
    merged.add(new Region(Math.min(firstRow, lastRow), Math.max(firstRow, lastRow),
        Math.min(firstColumn, lastColumn), Math.max(firstColumn, lastColumn)));
  }

  /** The column (A = 0) of a reference such as "AB12"; -1 when it is none, or past Excel's last column. */
  static int column(String reference) {
    int column = 0;
    int letters = 0;
    while (letters < reference.length() && Character.isLetter(reference.charAt(letters))) {
      char letter = Character.toUpperCase(reference.charAt(letters));
      if (letter < 'A' || letter > 'Z' || ++letters > 3) {
        return -1;
      }
      column = column * 26 + (letter - 'A' + 1);
    }
    if (letters == 0 || column > ReadLimits.EXCEL_COLUMNS || !digits(reference, letters)) {
      return -1;
    }
    return column - 1;
  }

  /** The row (first = 1) of a reference such as "AB12"; -1 when it is none, or past Excel's last row. */
  static int row(String reference) {
    int start = 0;
    while (start < reference.length() && Character.isLetter(reference.charAt(start))) {
      start++;
    }
    if (!digits(reference, start) || reference.length() - start > 7) {
      return -1;
    }
    int row = Integer.parseInt(reference.substring(start));
    return row >= 1 && row <= ReadLimits.EXCEL_ROWS ? row : -1;
  }

  private static boolean digits(String reference, int from) {
    if (from >= reference.length()) {
      return false;
    }
    for (int index = from; index < reference.length(); index++) {
      if (reference.charAt(index) < '0' || reference.charAt(index) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String reference(int column, int row) {
    return HeaderRow.letter(column) + row;
  }
}
