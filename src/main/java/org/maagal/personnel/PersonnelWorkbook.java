package org.maagal.personnel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maagal.organization.Organization;
import org.maagal.spreadsheets.SheetTemplate;

/**
 * The organisation in force as HR's workbook: a sheet of units and a sheet of people, with the headers the import
 * reads. HR's first workbook starts from it: edited and uploaded again, it changes only what was edited.
 */
final class PersonnelWorkbook {

  private static final String[] UNIT_HEADERS = {"קוד יחידה", "שם יחידה", "סוג יחידה", "יחידת אם", "מנהל/ת"};
  private static final int[] UNIT_WIDTHS = {14, 36, 12, 36, 18};
  private static final String[] PEOPLE_HEADERS = {"שם משתמש", "שם פרטי", "שם משפחה", "דוא\"ל", "יחידה"};
  private static final int[] PEOPLE_WIDTHS = {18, 14, 16, 34, 36};

  private PersonnelWorkbook() {
  }

  static byte[] of(Organization organization) {
    var staff = organization.staffInForce();
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var units = SheetTemplate.table(workbook, "יחידות", UNIT_HEADERS, UNIT_WIDTHS);
      int at = 1;
      for (var unit : staff.units()) {
        var row = units.createRow(at++);
        SheetTemplate.text(row, 0, unit.id(), null);
        SheetTemplate.text(row, 1, unit.name(), null);
        SheetTemplate.text(row, 2, PersonnelColumns.typeName(unit.type()), null);
        SheetTemplate.text(row, 3, unit.parent() == null ? null : organization.unitName(unit.parent()), null);
        SheetTemplate.text(row, 4, unit.manager(), null);
      }
      SheetTemplate.filterUnderHeader(units, UNIT_HEADERS.length);
      var people = SheetTemplate.table(workbook, "עובדים", PEOPLE_HEADERS, PEOPLE_WIDTHS);
      at = 1;
      for (var person : staff.people()) {
        if (person.unit() == null) {
          continue; // a committee's outside member is the organisation file's, not HR's
        }
        var row = people.createRow(at++);
        SheetTemplate.text(row, 0, person.id(), null);
        SheetTemplate.text(row, 1, person.firstName(), null);
        SheetTemplate.text(row, 2, person.lastName(), null);
        SheetTemplate.text(row, 3, person.email(), null);
        SheetTemplate.text(row, 4, organization.unitName(person.unit()), null);
      }
      SheetTemplate.filterUnderHeader(people, PEOPLE_HEADERS.length);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException cannotWrite) {
      throw new UncheckedIOException(cannotWrite);
    }
  }
}
