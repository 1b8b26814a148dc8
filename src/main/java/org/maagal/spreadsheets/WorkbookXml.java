package org.maagal.spreadsheets;

import java.util.LinkedHashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * The workbook part: the sheets it lists, in its order, each with whether it is hidden, and whether its dates count
 * from 1904 (old Mac Excel).
 */
final class WorkbookXml extends XmlPart {

  private final Map<String, Boolean> hiddenBySheet = new LinkedHashMap<>();
  private boolean date1904;

  @Override
  void start(String name, Attributes attributes) throws SAXException {
    if ("sheet".equals(name)) {
      if (hiddenBySheet.size() >= ReadLimits.MAX_SHEETS) {
        throw overLimit(ReadLimits.tooLarge("יש בו יותר מ-" + ReadLimits.MAX_SHEETS + " גיליונות"));
      }
      String state = attributes.getValue("state");
      hiddenBySheet.put(String.valueOf(attributes.getValue("name")), state != null && !"visible".equals(state));
    } else if ("workbookPr".equals(name)) {
      String value = attributes.getValue("date1904");
      date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
    }
  }

  /** The sheets by name, in the workbook's order: true for a hidden one. */
  Map<String, Boolean> sheets() {
    return hiddenBySheet;
  }

  boolean date1904() {
    return date1904;
  }
}
