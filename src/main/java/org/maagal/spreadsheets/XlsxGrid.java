package org.maagal.spreadsheets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.maagal.spreadsheets.SheetXml.RawLine;
import org.xml.sax.SAXException;

/**
 * The sheets of an Excel workbook as text, each cell as Excel shows it, read as a stream (POI's
 * package and {@link XSSFReader}, our own element readers) and bounded in memory and time whatever the
 * file declares ({@link ReadLimits}): nothing is built cell by cell for what a file only declares.
 */
final class XlsxGrid {

  static final String NOT_EXCEL = "הקובץ אינו קובץ Excel תקין";

  static {
    ReadLimits.applyToPoi();
  }

  private XlsxGrid() {
  }

  /**
   * The non-blank rows of each sheet, in the workbook's order, at most {@code maxLines} of a sheet; a hidden sheet
   * is listed without its rows, and so is a sheet the workbook lists that holds no cells (a chart).
   */
  static List<Grid> read(byte[] bytes, int maxLines) throws UnreadableFileException {
    if (bytes.length == 0) {
      throw new UnreadableFileException(SheetProblem.ofFile(SpreadsheetReader.EMPTY_FILE), null);
    }
    BoundedZip zip;
    try {
      zip = new BoundedZip(bytes);
    } catch (OverLimit e) {
      throw refused(e);
    } catch (IOException | RuntimeException e) {
      throw notExcel(e);
    }
    OPCPackage workbook = null;
    try {
      workbook = OPCPackage.open(zip);
      return read(workbook, zip, maxLines);
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      // POI answers a corrupt or hostile file with many kinds of exception; each means the file, not a bug
      OverLimit overLimit = zip.refusal() != null ? zip.refusal() : OverLimit.in(e);
      throw overLimit != null ? refused(overLimit) : notExcel(e);
    } finally {
      if (workbook != null) {
        workbook.revert();
      }
    }
  }

  private static List<Grid> read(OPCPackage workbook, BoundedZip zip, int maxLines)
      throws IOException, OpenXML4JException, SAXException {
    var reader = new XSSFReader(workbook);
    var workbookXml = new WorkbookXml();
    workbookXml.read(reader.getWorkbookData());
    var workbookPart = workbook.getPart(workbook.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
        .getRelationship(0));

    var styles = CellStyles.NONE;
    PackagePart stylesPart = related(workbookPart, XSSFRelation.STYLES);
    if (stylesPart != null) {
      zip.allow(stylesPart.getPartName().getName(), ReadLimits.MAX_STYLES_BYTES, "חלק העיצובים שלו");
      styles = new CellStyles();
      styles.read(stylesPart.getInputStream());
    }
    SharedStringsXml blanks = null;
    PackagePart stringsPart = related(workbookPart, XSSFRelation.SHARED_STRINGS);
    if (stringsPart != null) {
      zip.allow(stringsPart.getPartName().getName(), ReadLimits.MAX_SHARED_STRINGS_BYTES, "טבלת המחרוזות שלו");
      blanks = SharedStringsXml.blanks();
      blanks.read(stringsPart.getInputStream());
    }
    var read = new LinkedHashMap<String, SheetXml>();
    var partsRead = new HashSet<String>();
    SheetXml last = null;
    var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
    while (sheets.hasNext()) {
      sheets.next().close();
      String name = sheets.getSheetName();
      if (Boolean.TRUE.equals(workbookXml.sheets().get(name)) || read.containsKey(name)) {
        continue;
      }
      PackagePart sheet = sheets.getSheetPart();
      if (!partsRead.add(sheet.getPartName().getName())) {
        // Excel gives each sheet a part of its own; sheets naming one part again would read it again and again
        continue;
      }
      zip.allow(sheet.getPartName().getName(), ReadLimits.MAX_SHEET_BYTES, "הגיליון '" + name + "' שלו");
      last = new SheetXml(styles, blanks, workbookXml.date1904(), maxLines, last);
      last.read(sheet.getInputStream());
      read.put(name, last);
    }
    var wanted = new BitSet();
    read.values().forEach(sheet -> wanted.or(sheet.wantedStrings()));
    if (!wanted.isEmpty()) {
      var texts = SharedStringsXml.texts(wanted, last.textKept());
      texts.read(stringsPart.getInputStream());
      read.values().forEach(sheet -> resolve(sheet.lines(), texts));
    }
    long merged = 0;
    var grids = new ArrayList<Grid>();
    for (var listed : workbookXml.sheets().entrySet()) {
      var sheet = read.get(listed.getKey());
      if (sheet == null) {
        grids.add(new Grid(listed.getKey(), listed.getValue(), List.of()));
        continue;
      }
      merged = MergedRegions.fill(sheet.lines(), sheet.merged(), merged);
      var lines = new ArrayList<Grid.Line>(sheet.lines().size());
      for (RawLine line : sheet.lines()) {
        lines.add(new Grid.Line(line.number(), line.cells().stream().map(cell -> (String) cell).toList(),
            line.hidden()));
      }
      grids.add(new Grid(listed.getKey(), false, lines));
    }
    return grids;
  }

  /** The part the workbook names for this relation (its styles, its shared strings), or null. */
  private static PackagePart related(PackagePart workbookPart, XSSFRelation relation) throws OpenXML4JException {
    var relationships = workbookPart.getRelationshipsByType(relation.getRelation());
    if (relationships.isEmpty()) {
      return null;
    }
    return workbookPart.getPackage().getPart(PackagingURIHelper.createPartName(
        relationships.getRelationship(0).getTargetURI()));
  }

  private static void resolve(List<RawLine> lines, SharedStringsXml texts) {
    for (RawLine line : lines) {
      var cells = line.cells();
      for (int column = 0; column < cells.size(); column++) {
        if (cells.get(column) instanceof Integer string) {
          cells.set(column, texts.text(string));
        }
      }
    }
  }

  private static UnreadableFileException refused(OverLimit overLimit) {
    return new UnreadableFileException(SheetProblem.ofFile(overLimit.getMessage()), overLimit);
  }

  private static UnreadableFileException notExcel(Exception cause) {
    return new UnreadableFileException(SheetProblem.ofFile(NOT_EXCEL), cause);
  }
}
