package org.maagal.personnel;

import org.maagal.organization.UnitType;

/**
 * The fields of a unit and of a person, whatever their source calls them: the columns of HR's workbook, the
 * attributes of the directory's entries ({@link StaffEntry}).
 */
public final class StaffFields {

  /** A unit's code (Maagal's id for it, or the code HR gives it); optional. */
  public static final String UNIT_CODE = "UNIT_CODE";
  public static final String UNIT_NAME = "UNIT_NAME";
  /** עירייה, אגף or מחלקה (or another word HR uses for one of them); optional. */
  public static final String UNIT_TYPE = "UNIT_TYPE";
  /**
   * The type a unit takes when it is new and its source gives no {@link #UNIT_TYPE} (the directory: a unit with units
   * under it is a division); a unit that exists keeps its type.
   */
  public static final String NEW_UNIT_TYPE = "NEW_UNIT_TYPE";
  /** The unit above, by its code or name; empty for the municipality itself. */
  public static final String PARENT = "PARENT";
  /** The unit's manager, by user name or by first and last name; optional. */
  public static final String MANAGER = "MANAGER";

  /** A person's user name, as they sign in. */
  public static final String USER_ID = "USER_ID";
  public static final String FIRST_NAME = "FIRST_NAME";
  public static final String LAST_NAME = "LAST_NAME";
  public static final String EMAIL = "EMAIL";
  /** The person's unit, by its code or name. */
  public static final String UNIT = "UNIT";

  /** The word for a unit's type that {@link #UNIT_TYPE} and {@link #NEW_UNIT_TYPE} take: עירייה, אגף or מחלקה. */
  public static String typeWord(UnitType type) {
    return PersonnelColumns.typeName(type);
  }

  private StaffFields() {
  }
}
