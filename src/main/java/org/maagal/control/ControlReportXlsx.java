package org.maagal.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maagal.spreadsheets.SheetTemplate;
import org.springframework.stereotype.Component;

/** The mid-year control as an Excel workbook: its deviations ({@link ControlSheet}) and the strategy unit's conclusions. */
@Component
class ControlReportXlsx {

  static final String DEVIATIONS_SHEET = "חריגות";
  static final String CONCLUSIONS_SHEET = "מסקנות";

  byte[] xlsx(ControlView control) {
    try (var workbook = new XSSFWorkbook()) {
      ControlSheet.write(workbook, DEVIATIONS_SHEET, control.deviations());
      var conclusions = workbook.createSheet(CONCLUSIONS_SHEET);
      conclusions.setRightToLeft(true);
      SheetTemplate.text(conclusions.createRow(0), 0, ControlReportPdf.TITLE + " " + control.year(), null);
      SheetTemplate.text(conclusions.createRow(2), 0, control.compiled() ? control.conclusions()
          : ControlReportPdf.NOT_COMPILED, SheetTemplate.wrapped(workbook));
      conclusions.setColumnWidth(0, 120 * SheetTemplate.CHARACTER_WIDTH);
      try (var bytes = new ByteArrayOutputStream()) {
        workbook.write(bytes);
        return bytes.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a workbook to memory cannot fail", e);
    }
  }
}
