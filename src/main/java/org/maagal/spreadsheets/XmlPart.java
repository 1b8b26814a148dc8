package org.maagal.spreadsheets;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One XML part of a workbook, read as a stream of elements of SpreadsheetML's namespace (others, such as
 * extensions, are passed over): nothing is held but what the reader keeps. POI's secure parser, without
 * DOCTYPEs (Excel writes none), and no deeper than {@link ReadLimits#MAX_XML_DEPTH}.
 */
abstract class XmlPart extends DefaultHandler {

  static final String SPREADSHEET_ML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** Thrown by a reader that has read enough, to end the parse early. */
  static final class Enough extends SAXException {
    Enough() {
      super("enough");
    }
  }

  private int depth;

  /** Reads the part; returns normally also when the reader ended it early ({@link Enough}). */
  final void read(InputStream part) throws IOException, SAXException {
    XMLReader reader;
    try {
      reader = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser is missing", e);
    }
    reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    reader.setContentHandler(this);
    try (part) {
      reader.parse(new InputSource(part));
    } catch (Enough enough) {
      // the reader has what it needs
    }
  }

  @Override
  public final void startElement(String uri, String localName, String qName, Attributes attributes)
      throws SAXException {
    if (++depth > ReadLimits.MAX_XML_DEPTH) {
      throw overLimit(ReadLimits.tooLarge("רכיבי ה-XML שלו מקוננים לעומק של יותר מ-" + ReadLimits.MAX_XML_DEPTH));
    }
    if (SPREADSHEET_ML.equals(uri)) {
      start(localName, attributes);
    }
  }

  @Override
  public final void endElement(String uri, String localName, String qName) throws SAXException {
    depth--;
    if (SPREADSHEET_ML.equals(uri)) {
      end(localName);
    }
  }

  abstract void start(String name, Attributes attributes) throws SAXException;

  void end(String name) throws SAXException {
  }

  static SAXException overLimit(String reason) {
    return new SAXException(new OverLimit(reason));
  }

  /** A whole number attribute, or the fallback when it is absent; anything else is no Excel file. */
  static int intAttribute(Attributes attributes, String name, int fallback) throws SAXException {
    String value = attributes.getValue(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new SAXException("Attribute " + name + " is no number");
    }
  }
}
