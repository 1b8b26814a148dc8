package org.maagal.spreadsheets;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An XLSX written part by part, as an attacker writes one: the smallest package Excel and POI open, with
 * whatever its sheet, shared strings, styles and workbook declare. Parts are deflated unless stored
 * ({@link #stored}), so that a test can tell a size bound from the inflate-ratio bound.
 */
public final class HandWrittenXlsx {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

  private String sheet;
  private String sharedStrings;
  private String styles;
  private String sheetsOfWorkbook = "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>";
  private final Map<String, byte[]> extraParts = new LinkedHashMap<>();
  private boolean stored;

  private HandWrittenXlsx(String sheet) {
    this.sheet = sheet;
  }

  /** A workbook of one sheet whose {@code <worksheet>} holds this XML (sheetData, mergeCells, dimension...). */
  public static HandWrittenXlsx sheet(String worksheetContent) {
    return new HandWrittenXlsx("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
        + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">" + worksheetContent + "</worksheet>");
  }

  /** A workbook of one sheet whose part is this XML, prolog and all, as written. */
  public static HandWrittenXlsx rawSheet(String worksheetXml) {
    return new HandWrittenXlsx(worksheetXml);
  }

  /** The {@code <worksheet>} element around this content, in SpreadsheetML's namespace. */
  public static String worksheet(String content) {
    return "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">" + content + "</worksheet>";
  }

  /** A worksheet of these rows, each {@code <row>} written by {@link #row}. */
  public static HandWrittenXlsx rows(String... rows) {
    return sheet("<sheetData>" + String.join("", rows) + "</sheetData>");
  }

  /** A row of inline text cells from column A on. */
  public static String row(int number, String... texts) {
    var row = new StringBuilder("<row r=\"" + number + "\">");
    for (int column = 0; column < texts.length; column++) {
      if (texts[column] != null) {
        row.append(inlineCell(columnName(column) + number, texts[column]));
      }
    }
    return row.append("</row>").toString();
  }

  public static String inlineCell(String reference, String text) {
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  public static String columnName(int index) {
    String name = "";
    for (int left = index + 1; left > 0; left = (left - 1) / 26) {
      name = (char) ('A' + (left - 1) % 26) + name;
    }
    return name;
  }

  /** The shared strings part, its {@code <sst>} holding this XML; {@code sstAttributes} e.g. {@code uniqueCount="..."}. */
  public HandWrittenXlsx sharedStrings(String sstAttributes, String content) {
    this.sharedStrings = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN + "\" "
        + sstAttributes + ">" + content + "</sst>";
    return this;
  }

  /** The styles part, its {@code <styleSheet>} holding this XML. */
  public HandWrittenXlsx styles(String content) {
    this.styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + MAIN + "\">"
        + content + "</styleSheet>";
    return this;
  }

  /** The {@code <sheet>} elements of the workbook, in place of the one sheet (all may name rId1). */
  public HandWrittenXlsx sheetsOfWorkbook(String sheetElements) {
    this.sheetsOfWorkbook = sheetElements;
    return this;
  }

  /** A part no relationship names, as a real workbook carries images or printer settings. */
  public HandWrittenXlsx extraPart(String name, byte[] content) {
    extraParts.put(name, content);
    return this;
  }

  /** Every part stored, not deflated: its compressed size is its size. */
  public HandWrittenXlsx stored() {
    this.stored = true;
    return this;
  }

  public byte[] bytes() {
    var workbookRelationships = new StringBuilder("<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
        + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>");
    var overrides = new StringBuilder("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/"
        + "sheet1.xml\" ContentType=\"" + SHEET_TYPE + "\"/>");
    if (sharedStrings != null) {
      workbookRelationships.append("<Relationship Id=\"rId2\" Type=\"").append(RELATIONSHIPS)
          .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
      overrides.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/")
          .append("vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    }
    if (styles != null) {
      workbookRelationships.append("<Relationship Id=\"rId3\" Type=\"").append(RELATIONSHIPS)
          .append("/styles\" Target=\"styles.xml\"/>");
      overrides.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/")
          .append("vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    }
    try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns="
          + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
          + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType="
          + "\"application/xml\"/>" + overrides + "</Types>");
      put(zip, "_rels/.rels", relationships("<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
          + "/officeDocument\" Target=\"xl/workbook.xml\"/>"));
      put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\""
          + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>" + sheetsOfWorkbook + "</sheets></workbook>");
      put(zip, "xl/_rels/workbook.xml.rels", relationships(workbookRelationships.toString()));
      put(zip, "xl/worksheets/sheet1.xml", sheet);
      if (sharedStrings != null) {
        put(zip, "xl/sharedStrings.xml", sharedStrings);
      }
      if (styles != null) {
        put(zip, "xl/styles.xml", styles);
      }
      for (var part : extraParts.entrySet()) {
        put(zip, part.getKey(), part.getValue());
      }
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relationships(String content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns="
        + "\"http://schemas.openxmlformats.org/package/2006/relationships\">" + content + "</Relationships>";
  }

  private void put(ZipOutputStream zip, String name, String content) throws IOException {
    put(zip, name, content.getBytes(UTF_8));
  }

  private void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    var entry = new ZipEntry(name);
    if (stored) {
      var crc = new CRC32();
      crc.update(content);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(content.length);
      entry.setCompressedSize(content.length);
      entry.setCrc(crc.getValue());
    }
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }
}
