package org.maagal.spreadsheets;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * The number format of each cell style of a workbook (all that the reader needs of its styles: percent
 * and date cells read as the user sees them). Declared counts are not believed; the formats found are
 * held to {@link ReadLimits#MAX_CELL_FORMATS} and {@link ReadLimits#MAX_NUMBER_FORMATS}.
 */
final class CellStyles extends XmlPart {

  /** A workbook without a styles part: every cell is "General". */
  static final CellStyles NONE = new CellStyles();

  /** A longer number format is no format Excel writes: its cells read as "General". */
  private static final int LONGEST_FORMAT = 1_000;

  private final Map<Integer, String> customFormats = new HashMap<>();
  private final Map<Integer, Boolean> percentByFormat = new HashMap<>();
  private final Map<Integer, Integer> scalingByFormat = new HashMap<>();
  private final Map<Integer, Boolean> dateByFormat = new HashMap<>();
  private int[] formatOfStyle = new int[16];
  private int styles;
  private boolean inCellFormats;

  @Override
  void start(String name, Attributes attributes) throws SAXException {
    if ("numFmt".equals(name)) {
      if (customFormats.size() >= ReadLimits.MAX_NUMBER_FORMATS) {
        throw overLimit(ReadLimits.tooLarge("יש בו יותר מ-" + ReadLimits.count(ReadLimits.MAX_NUMBER_FORMATS)
            + " תבניות מספר"));
      }
      String code = attributes.getValue("formatCode");
      if (code != null && code.length() <= LONGEST_FORMAT) {
        customFormats.put(intAttribute(attributes, "numFmtId", -1), code);
      }
    } else if ("cellXfs".equals(name)) {
      inCellFormats = true;
    } else if ("xf".equals(name) && inCellFormats) {
      if (styles >= ReadLimits.MAX_CELL_FORMATS) {
        throw overLimit(ReadLimits.tooLarge("יש בו יותר מ-" + ReadLimits.count(ReadLimits.MAX_CELL_FORMATS)
            + " עיצובי תאים"));
      }
      if (styles == formatOfStyle.length) {
        formatOfStyle = Arrays.copyOf(formatOfStyle, styles * 2);
      }
      formatOfStyle[styles++] = intAttribute(attributes, "numFmtId", 0);
    }
  }

  @Override
  void end(String name) {
    if ("cellXfs".equals(name)) {
      inCellFormats = false;
    }
  }

  /** The number format's id of a cell style; 0 ("General") for a style the workbook does not have. */
  int formatIndex(int style) {
    return style >= 0 && style < styles ? formatOfStyle[style] : 0;
  }

  /** Whether a cell style shows its number as a percentage ("0%", "0.0%"; a % inside quotes is only text). */
  boolean percent(int style) {
    Integer format = formatIndex(style);
    Boolean percent = percentByFormat.get(format);
    if (percent == null) {
      String code = formatString(style);
      percent = code != null && code.replaceAll("\"[^\"]*\"", "").contains("%");
      percentByFormat.put(format, percent);
    }
    return percent;
  }

  /**
   * How many thousands a cell style divides its number by before showing it: "#,##0," shows 1250000 as 1,250 (one),
   * "#,##0,," as 1 (two); a comma between digit placeholders only groups them.
   */
  int thousandsScaled(int style) {
    Integer format = formatIndex(style);
    Integer scaled = scalingByFormat.get(format);
    if (scaled == null) {
      String code = formatString(style);
      scaled = 0;
      if (code != null) {
        String section = code.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").split(";", -1)[0];
        int last = Math.max(section.lastIndexOf('0'), Math.max(section.lastIndexOf('#'), section.lastIndexOf('?')));
        while (last >= 0 && last + 1 + scaled < section.length() && section.charAt(last + 1 + scaled) == ',') {
          scaled++;
        }
      }
      scalingByFormat.put(format, scaled);
    }
    return scaled;
  }

  /** Whether a cell style shows its number as a date, as POI's {@link DateUtil} tells (once a format). */
  boolean date(int style) {
    Integer format = formatIndex(style);
    Boolean date = dateByFormat.get(format);
    if (date == null) {
      String code = formatString(style);
      date = code != null && DateUtil.isADateFormat(format, code);
      dateByFormat.put(format, date);
    }
    return date;
  }

  /** The number format of a cell style, as Excel writes it ("0%", "dd/mm/yyyy"); null when unknown. */
  String formatString(int style) {
    int index = formatIndex(style);
    String custom = customFormats.get(index);
    return custom != null ? custom : BuiltinFormats.getBuiltinFormat(index);
  }
}
