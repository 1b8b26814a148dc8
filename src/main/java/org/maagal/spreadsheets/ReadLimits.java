package org.maagal.spreadsheets;

import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * What an uploaded file may hold, whatever it declares: a file past any of these is refused with the
 * bound's reason in Hebrew, before it costs more than a few megabytes of memory or a second of work.
 * Each bound is far above what a municipality's real goal tree or budget book holds (a few thousand
 * rows, a few dozen columns, a few megabytes of XML), and far below what would trouble the server.
 */
final class ReadLimits {

  /** Entries of the zip package (POI's own default, stated): images and other sheets count too. */
  static final int MAX_ZIP_ENTRIES = 1_000;
  /** The whole package, every part inflated (checked before anything is read, images and other sheets too). */
  static final long MAX_PACKAGE_BYTES = 64L * 1024 * 1024;
  /** The zip's directory, relationships, content types and workbook part together, inflated. */
  static final long MAX_STRUCTURE_BYTES = 1024 * 1024;
  /** The first sheet's XML, inflated. */
  static final long MAX_SHEET_BYTES = 16L * 1024 * 1024;
  /** The shared strings' XML, inflated. */
  static final long MAX_SHARED_STRINGS_BYTES = 16L * 1024 * 1024;
  /** The styles' XML, inflated. */
  static final long MAX_STYLES_BYTES = 8L * 1024 * 1024;
  /** Inflated bytes between two '<' of a part: the longest tag or text a parser would hold at once. */
  static final int MAX_XML_RUN = 512 * 1024;
  /** How deep XML elements nest: a sheet needs six. */
  static final int MAX_XML_DEPTH = 64;
  /** Sheets the workbook lists. */
  static final int MAX_SHEETS = 200;
  /** Strings of the shared strings table. */
  static final int MAX_SHARED_STRINGS = 1_000_000;
  /** Cell formats of the styles (Excel's own limit is 64,000). */
  static final int MAX_CELL_FORMATS = 65_536;
  /** Number formats of the styles. */
  static final int MAX_NUMBER_FORMATS = 10_000;
  /** Merged regions of the sheet. */
  static final int MAX_MERGED_REGIONS = 20_000;
  /** Cells the merged regions fill, after clipping each to the rows and columns the sheet has. */
  static final int MAX_MERGED_CELLS = 500_000;
  /** Columns read, A to IV (Excel 2003's width); a value further right refuses the file. */
  static final int MAX_COLUMNS = 256;
  /** Cells with a value in the rows read. */
  static final int MAX_CELLS = 200_000;
  /** Characters of one cell (Excel's own limit). */
  static final int MAX_CELL_TEXT = 32_767;
  /** Characters of all the cells read together. */
  static final int MAX_TEXT = 10_000_000;
  /** Excel's own sheet size: a row or column past it is no Excel file. */
  static final int EXCEL_ROWS = 1_048_576;
  static final int EXCEL_COLUMNS = 16_384;

  static {
    // POI's own limits, for any workbook it opens the usual way (our reader opens its own, bounded, zip).
    ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
    ZipSecureFile.setMaxEntrySize(MAX_SHEET_BYTES);
    IOUtils.setByteArrayMaxOverride((int) MAX_SHEET_BYTES);
  }

  private ReadLimits() {
  }

  /** Sets POI's process-wide limits (once, when this class loads): call before POI reads anything. */
  static void applyToPoi() {
    // the static initializer does the work
  }

  /** POI's minimum ratio of compressed to inflated bytes of a part larger than its grace size (1% and 100 KB). */
  static double minInflateRatio() {
    return ZipSecureFile.getMinInflateRatio();
  }

  static long inflateRatioGraceBytes() {
    return ZipSecureFile.getGraceEntrySize();
  }

  static String megabytes(long bytes) {
    return bytes / (1024 * 1024) + " MB";
  }

  static String count(long number) {
    return String.format(Locale.ROOT, "%,d", number);
  }

  /** The reason a file over a bound is refused: "הקובץ גדול מדי: " and what is too large. */
  static String tooLarge(String what) {
    return "הקובץ גדול מדי: " + what;
  }
}
