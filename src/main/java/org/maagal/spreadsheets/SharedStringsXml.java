package org.maagal.spreadsheets;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * The shared strings part, read twice so that only what the sheet uses is ever held: first which strings
 * are blank (a row of blanks is no row), then the text of the strings the rows read refer to. Its declared
 * counts are not believed; its strings are held to {@link ReadLimits#MAX_SHARED_STRINGS}, each to
 * {@link ReadLimits#MAX_CELL_TEXT} characters. A string's text is its runs' text, without phonetic hints.
 */
final class SharedStringsXml extends XmlPart {

  private final BitSet wanted;
  private final BitSet blanks = new BitSet();
  private final Map<Integer, String> texts = new HashMap<>();
  private final StringBuilder text = new StringBuilder();
  private int index = -1;
  private boolean inText;
  private boolean inPhonetic;
  private long textKept;

  /** @param wanted the strings whose text to keep; null to learn only which strings are blank */
  private SharedStringsXml(BitSet wanted) {
    this.wanted = wanted;
  }

  /** A first reading: which strings are blank, and how many there are. */
  static SharedStringsXml blanks() {
    return new SharedStringsXml(null);
  }

  /** A second reading, keeping the text of these strings, beside {@code textKept} characters the sheet holds. */
  static SharedStringsXml texts(BitSet wanted, long textKept) {
    var reading = new SharedStringsXml(wanted);
    reading.textKept = textKept;
    return reading;
  }

  int count() {
    return index + 1;
  }

  boolean blank(int string) {
    return blanks.get(string);
  }

  /** The text of a wanted string; null for one the part does not have. */
  String text(int string) {
    return texts.get(string);
  }

  @Override
  void start(String name, Attributes attributes) throws SAXException {
    switch (name) {
      case "si" -> {
        if (++index >= ReadLimits.MAX_SHARED_STRINGS) {
          throw overLimit(ReadLimits.tooLarge("בטבלת המחרוזות שלו יותר מ-" + ReadLimits.count(ReadLimits.MAX_SHARED_STRINGS)
              + " מחרוזות"));
        }
        text.setLength(0);
      }
      case "t" -> inText = true;
      case "rPh" -> inPhonetic = true;
      default -> {
      }
    }
  }

  @Override
  void end(String name) throws SAXException {
    switch (name) {
      case "si" -> {
        if (wanted == null) {
          blanks.set(index, CellText.blank(text.indexOf("_x") < 0 ? text : CellText.excelEscapesDecoded(text.toString())));
        } else if (wanted.get(index)) {
          String kept = CellText.excelEscapesDecoded(text.toString());
          textKept += kept.length();
          if (textKept > ReadLimits.MAX_TEXT) {
            throw overLimit(ReadLimits.tooLarge("בתאי הגיליון יותר מ-" + ReadLimits.count(ReadLimits.MAX_TEXT) + " תווים"));
          }
          texts.put(index, kept);
        }
      }
      case "t" -> inText = false;
      case "rPh" -> inPhonetic = false;
      default -> {
      }
    }
  }

  @Override
  public void characters(char[] characters, int start, int length) throws SAXException {
    if (!inText || inPhonetic || index < 0 || (wanted != null && !wanted.get(index))) {
      return;
    }
    if (text.length() + length > ReadLimits.MAX_CELL_TEXT) {
      throw overLimit(ReadLimits.tooLarge("בטבלת המחרוזות שלו מחרוזת ארוכה מ-" + ReadLimits.count(ReadLimits.MAX_CELL_TEXT)
          + " תווים"));
    }
    text.append(characters, start, length);
  }
}
