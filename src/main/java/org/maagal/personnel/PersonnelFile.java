package org.maagal.personnel;

import java.util.ArrayList;
import java.util.List;
import org.maagal.organization.Organization;
import org.maagal.organization.Staff;
import org.maagal.spreadsheets.SheetProblem;
import org.maagal.spreadsheets.Spreadsheet;
import org.maagal.spreadsheets.SpreadsheetReader;

/**
 * Reads HR's workbook into the organisation's units and people ({@link StaffReading}): a sheet of units, a sheet of
 * people, or both; what the file lacks stays as it is. Every problem is named by its row and column.
 */
final class PersonnelFile {

  static final String NO_TABLE = "בקובץ אין גיליון יחידות (עמודות \"שם יחידה\" ו\"יחידת אם\") ואין גיליון עובדים "
      + "(עמודות \"שם משתמש\", \"שם פרטי\", \"שם משפחה\" ו\"יחידה\")";

  /** What the file says, and what is wrong with it. */
  record Read(Staff staff, List<String> problems, List<String> notices, int unitRows, int peopleRows) {
  }

  private PersonnelFile() {
  }

  static Read read(String fileName, byte[] bytes, Organization organization) {
    Spreadsheet unitSheet = SpreadsheetReader.read(fileName, bytes, PersonnelColumns.UNITS);
    Spreadsheet peopleSheet = SpreadsheetReader.read(fileName, bytes, PersonnelColumns.PEOPLE);
    boolean hasUnits = !unitSheet.rows().isEmpty();
    boolean hasPeople = !peopleSheet.rows().isEmpty();
    var problems = new ArrayList<SheetProblem>();
    var notices = new ArrayList<String>();
    if (!hasUnits && !hasPeople) {
      problems.addAll(unitSheet.problems());
      peopleSheet.problems().stream().filter(problem -> !problems.contains(problem)).forEach(problems::add);
      if (problems.isEmpty()) {
        problems.add(SheetProblem.ofFile(NO_TABLE));
      }
      return new Read(organization.staffInForce(), messages(problems), List.of(), 0, 0);
    }
    if (hasUnits) {
      problems.addAll(unitSheet.problems());
      notices.addAll(unitSheet.notices());
    }
    if (hasPeople) {
      problems.addAll(peopleSheet.problems());
      notices.addAll(peopleSheet.notices());
    }
    var read = StaffReading.read(hasUnits ? entries(unitSheet) : null, hasPeople ? entries(peopleSheet) : null,
        organization);
    var all = new ArrayList<>(messages(problems));
    all.addAll(read.problems());
    return new Read(read.staff(), List.copyOf(all), List.copyOf(notices), unitSheet.rows().size(),
        peopleSheet.rows().size());
  }

  private static List<StaffEntry> entries(Spreadsheet sheet) {
    return sheet.rows().stream().map(StaffEntry::of).toList();
  }

  private static List<String> messages(List<SheetProblem> problems) {
    return problems.stream().map(SheetProblem::message).toList();
  }
}
