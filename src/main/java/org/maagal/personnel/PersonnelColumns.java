package org.maagal.personnel;

import static org.maagal.personnel.StaffFields.UNIT_CODE;
import static org.maagal.personnel.StaffFields.UNIT_NAME;
import static org.maagal.personnel.StaffFields.UNIT_TYPE;
import static org.maagal.personnel.StaffFields.PARENT;
import static org.maagal.personnel.StaffFields.MANAGER;
import static org.maagal.personnel.StaffFields.USER_ID;
import static org.maagal.personnel.StaffFields.FIRST_NAME;
import static org.maagal.personnel.StaffFields.LAST_NAME;
import static org.maagal.personnel.StaffFields.EMAIL;
import static org.maagal.personnel.StaffFields.UNIT;

import static org.maagal.spreadsheets.ColumnSpec.Kind.TEXT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maagal.organization.UnitType;
import org.maagal.spreadsheets.ColumnSpec;

/** The two tables of HR's workbook, each on a sheet of its own, by their Hebrew headers and the ways HR writes them. */
final class PersonnelColumns {


  /** The units: a name and the unit above it (empty for the municipality itself) are required. */
  static final List<ColumnSpec> UNITS = List.of(
      ColumnSpec.of(UNIT_CODE, "קוד יחידה", TEXT, "קוד היחידה", "מספר יחידה", "מס' יחידה", "סמל יחידה")
          .asOptional(),
      ColumnSpec.of(UNIT_NAME, "שם יחידה", TEXT, "שם היחידה", "יחידה ארגונית"),
      ColumnSpec.of(UNIT_TYPE, "סוג יחידה", TEXT, "סוג היחידה", "רמה", "דרג").asOptional(),
      ColumnSpec.of(PARENT, "יחידת אם", TEXT, "יחידה מעל", "כפיפה ל", "כפופה ל", "שייכת ל", "יחידה אב"),
      ColumnSpec.of(MANAGER, "מנהל/ת", TEXT, "מנהל", "מנהלת", "מנהל/ת היחידה", "מנהל היחידה", "מנהלת היחידה")
          .asOptional());


  /** The people: their user name (as they sign in), their name and their unit are required. */
  static final List<ColumnSpec> PEOPLE = List.of(
      ColumnSpec.of(USER_ID, "שם משתמש", TEXT, "שם המשתמש", "שם משתמש ברשת", "מזהה משתמש", "user"),
      ColumnSpec.of(FIRST_NAME, "שם פרטי", TEXT, "פרטי"),
      ColumnSpec.of(LAST_NAME, "שם משפחה", TEXT, "משפחה"),
      ColumnSpec.of(EMAIL, "דוא\"ל", TEXT, "דואר אלקטרוני", "דוא\"ל ארגוני", "מייל", "אימייל", "email")
          .asOptional(),
      ColumnSpec.of(UNIT, "יחידה", TEXT, "היחידה", "מחלקה", "שיוך ארגוני"));

  /** A unit's type as the workbook names it: the word Maagal writes first, then the other words HR uses. */
  static final Map<UnitType, List<String>> UNIT_TYPES = Map.of(
      UnitType.MUNICIPALITY, List.of("עירייה", "רשות", "מועצה", "מועצה מקומית", "מועצה אזורית"),
      UnitType.DIVISION, List.of("אגף", "מינהל", "מנהל", "מינהלה"),
      UnitType.DEPARTMENT, List.of("מחלקה", "יחידה", "מדור", "לשכה"));

  /** The word Maagal writes for a unit's type: עירייה, אגף or מחלקה. */
  static String typeName(UnitType type) {
    return UNIT_TYPES.get(type).get(0);
  }

  /** The type a word of the workbook names, if any. */
  static Optional<UnitType> typeNamed(String word) {
    return UNIT_TYPES.entrySet().stream().filter(entry -> entry.getValue().contains(word.strip()))
        .map(Map.Entry::getKey).findFirst();
  }

  private PersonnelColumns() {
  }
}
