package org.maagal.spreadsheets;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/** The workbook part: how many sheets it lists, and whether its dates count from 1904 (old Mac Excel). */
final class WorkbookXml extends XmlPart {

  private int sheets;
  private boolean date1904;

  @Override
  void start(String name, Attributes attributes) throws SAXException {
    if ("sheet".equals(name) && ++sheets > ReadLimits.MAX_SHEETS) {
      throw overLimit(ReadLimits.tooLarge("יש בו יותר מ-" + ReadLimits.MAX_SHEETS + " גיליונות"));
    } else if ("workbookPr".equals(name)) {
      String value = attributes.getValue("date1904");
      date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
    }
  }

  int sheets() {
    return sheets;
  }

  boolean date1904() {
    return date1904;
  }
}
