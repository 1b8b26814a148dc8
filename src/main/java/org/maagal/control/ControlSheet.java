package org.maagal.control;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maagal.spreadsheets.SheetTemplate;

/**
 * The mid-year control's deviations as a sheet of a workbook, right to left: a row per deviation (its department,
 * what it is about, the rule's finding, what showed it, the cause, the corrective action with its date as a date,
 * and the annual round's outcome), filtered and frozen under its header. The control report and the measurement
 * booklet both hold it.
 */
public final class ControlSheet {

  static final String[] COLUMNS = {"מחלקה", "נושא", "חריגה", "יעד או פעילות", "מה הראה הסבב החצי שנתי", "הגורם",
      "הפעולה המתקנת", "מועד לביצוע", "בסבב השנתי", "האם השתפר"};
  private static final int[] WIDTHS = {18, 8, 22, 40, 60, 40, 40, 12, 14, 22};

  private ControlSheet() {
  }

  public static void write(XSSFWorkbook workbook, String sheetName, List<DeviationView> deviations) {
    var sheet = SheetTemplate.table(workbook, sheetName, COLUMNS, WIDTHS);
    var wrapped = SheetTemplate.wrapped(workbook);
    var date = workbook.createCellStyle();
    date.cloneStyleFrom(wrapped);
    date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    int next = 1;
    for (var deviation : deviations) {
      var row = sheet.createRow(next++);
      SheetTemplate.text(row, 0, deviation.departmentName(), wrapped);
      SheetTemplate.text(row, 1, deviation.subjectName(), wrapped);
      SheetTemplate.text(row, 2, deviation.reason(), wrapped);
      SheetTemplate.text(row, 3, deviation.title(), wrapped);
      SheetTemplate.text(row, 4, deviation.detail(), wrapped);
      SheetTemplate.text(row, 5, deviation.cause(), wrapped);
      SheetTemplate.text(row, 6, deviation.correctiveAction(), wrapped);
      var due = row.createCell(7);
      if (deviation.actionDue() != null) {
        due.setCellValue(deviation.actionDue());
      }
      due.setCellStyle(date);
      SheetTemplate.text(row, 8, deviation.annualStatus(), wrapped);
      SheetTemplate.text(row, 9, deviation.outcomeName(), wrapped);
    }
    SheetTemplate.filterUnderHeader(sheet, COLUMNS.length);
  }
}
