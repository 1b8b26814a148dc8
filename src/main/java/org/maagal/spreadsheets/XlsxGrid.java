package org.maagal.spreadsheets;

import java.io.IOException;
import java.util.ArrayList;
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
 * The first sheet of an Excel workbook as text, each cell as Excel shows it, read as a stream (POI's
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

  /** The non-blank rows of the first sheet, at most {@code maxLines} of them. */
  static Grid read(byte[] bytes, int maxLines) throws UnreadableFileException {
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

  private static Grid read(OPCPackage workbook, BoundedZip zip, int maxLines)
      throws IOException, OpenXML4JException, SAXException {
    var reader = new XSSFReader(workbook);
    var workbookXml = new WorkbookXml();
    workbookXml.read(reader.getWorkbookData());
    var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
    if (!sheets.hasNext()) {
      return new Grid(List.of());
    }
    sheets.next().close();
    PackagePart sheet = sheets.getSheetPart();
    zip.allow(sheet.getPartName().getName(), ReadLimits.MAX_SHEET_BYTES, "הגיליון הראשון שלו");
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
    var rows = new SheetXml(styles, blanks, workbookXml.date1904(), maxLines);
    rows.read(sheet.getInputStream());
    if (!rows.wantedStrings().isEmpty()) {
      var texts = SharedStringsXml.texts(rows.wantedStrings(), rows.textKept());
      texts.read(stringsPart.getInputStream());
      resolve(rows.lines(), texts);
    }
    MergedRegions.fill(rows.lines(), rows.merged());
    var lines = new ArrayList<Grid.Line>(rows.lines().size());
    for (RawLine line : rows.lines()) {
      lines.add(new Grid.Line(line.number(), line.cells().stream().map(cell -> (String) cell).toList()));
    }
    return new Grid(lines);
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
