package org.maagal.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maagal.organization.Organization;
import org.maagal.organization.Person;
import org.maagal.organization.Role;
import org.maagal.organization.Staff;
import org.maagal.organization.Unit;
import org.maagal.organization.UnitType;

/** HR's files as HR writes them: other spellings of the headers, units by name or code, managers by name. */
class PersonnelFileTest {

  final Organization organization = organization();

  @Test
  void aCsvOfPeopleOnlyMovesPeopleAndKeepsTheUnitsTheirRolesAndTheOutsideMembers() {
    var read = read("people.csv", """
        רשימת עובדים לפי מחלקה
        שם המשתמש,פרטי,משפחה,מייל,מחלקה
        Yael-Dror,יעל,דרור,yael-dror@city.example,מחלקת  בתי ספר
        noa-barak,נועה,ברק,,strategy
        dana.kedem,דנה,קדם,dana.kedem@city.example,מחלקת נוער
        """);

    assertThat(read.problems()).isEmpty();
    assertThat(read.staff().units()).isEqualTo(organization.staffInForce().units());
    assertThat(read.staff().people()).extracting(Person::id)
        .containsExactly("yael-dror", "noa-barak", "dana.kedem", "ofer-lavi");
    assertThat(read.staff().people().get(1).roles()).as("kept").containsExactly(Role.STRATEGY_UNIT);
    assertThat(read.staff().people().get(2).unit()).isEqualTo("youth");
  }

  @Test
  void unitsAreMatchedByCodeOrNameAndNewOnesTakeTheirCodes() {
    var read = read("units.csv", """
        קוד היחידה,שם היחידה,סוג,כפופה ל,מנהל היחידה
        ,עיריית הדוגמה,,,
        schools,מחלקת בתי הספר,מחלקה,עיריית הדוגמה,נועה ברק
        4102,מחלקת חדשנות,מחלקה,עיריית הדוגמה,yael-dror
        ,מדור מלגות,מדור,מחלקת חדשנות,
        strategy,היחידה לתכנון אסטרטגי,,עיריית הדוגמה,noa-barak
        """);

    assertThat(read.problems()).isEmpty();
    assertThat(read.staff().units()).extracting(Unit::id).containsExactly("city", "schools", "4102", "unit-1",
        "strategy");
    var schools = read.staff().units().get(1);
    assertThat(schools.name()).as("renamed, same unit").isEqualTo("מחלקת בתי הספר");
    assertThat(schools.manager()).isEqualTo("noa-barak");
    assertThat(schools.domains()).containsExactly("education");
    assertThat(read.staff().units().get(3).parent()).isEqualTo("4102");
    assertThat(read.staff().units().get(3).type()).isEqualTo(UnitType.DEPARTMENT);
  }

  @Test
  void everyWrongRowIsNamedByItsRowAndColumn() {
    var read = read("units.csv", """
        שם יחידה,סוג יחידה,יחידת אם,מנהל/ת
        עיריית הדוגמה,,,
        מחלקת בתי ספר,אגף,עיריית הדוגמה,
        מחלקת ספורט,מחלקה ראשית,עיריית הדוגמה,
        מחלקת נוער,,אגף החלומות,משה כהן
        """);

    assertThat(read.problems()).containsExactly(
        "שורה 3, עמודה B (סוג יחידה): סוג היחידה הקיימת מחלקת בתי ספר אינו משתנה ביבוא (המשימות שלה מנותבות לפי "
            + "הסוג); יחידה מסוג אחר נפתחת בשם ובקוד חדשים",
        "שורה 4, עמודה B (סוג יחידה): סוג היחידה \"מחלקה ראשית\" אינו מוכר: עירייה, אגף או מחלקה",
        "שורה 5, עמודה C (יחידת אם): יחידת האם \"אגף החלומות\" אינה בין היחידות",
        "שורה 5, עמודה D (מנהל/ת): המנהל/ת \"משה כהן\" אינו/ה בין העובדים (שם משתמש, או שם פרטי ושם משפחה)");
  }

  @Test
  void aUnitClosedWithPeopleStillInItIsRefusedUntilTheyMove() {
    var read = read("units.csv", """
        שם יחידה,יחידת אם,מנהל/ת
        עיריית הדוגמה,,noa-barak
        מחלקת בתי ספר,עיריית הדוגמה,yael-dror
        """);

    assertThat(read.problems()).containsExactly("העובד/ת נועה ברק (noa-barak) "
        + "שייך/ת ליחידה שאינה בגיליון היחידות; יש להעביר אותו/ה ליחידה אחרת בגיליון עובדים");
  }

  @Test
  void aFileOfNeitherTableIsRefusedWithWhatItLacks() {
    var read = read("budget.csv", """
        קוד סעיף,שם הסעיף,סכום
        1,חינוך,100
        """);

    assertThat(read.problems()).isNotEmpty();
    assertThat(read.staff()).isEqualTo(organization.staffInForce());
  }

  private PersonnelFile.Read read(String name, String csv) {
    return PersonnelFile.read(name, csv.getBytes(StandardCharsets.UTF_8), organization);
  }

  private static Organization organization() {
    var organization = mock(Organization.class);
    var units = List.of(new Unit("city", UnitType.MUNICIPALITY, "עיריית הדוגמה", null, "noa-barak", List.of()),
        new Unit("schools", UnitType.DEPARTMENT, "מחלקת בתי ספר", "city", "yael-dror", List.of("education")),
        new Unit("youth", UnitType.DEPARTMENT, "מחלקת נוער", "city", "yael-dror", List.of()),
        new Unit("strategy", UnitType.DEPARTMENT, "היחידה לתכנון אסטרטגי", "city", "noa-barak", List.of()));
    var people = List.of(
        new Person("yael-dror", "יעל", "דרור", "yael-dror@city.example", "schools", List.of()),
        new Person("noa-barak", "נועה", "ברק", "noa-barak@city.example", "strategy", List.of(Role.STRATEGY_UNIT)),
        new Person("ofer-lavi", "עופר", "לביא", "ofer-lavi@residents.example", null, List.of()));
    when(organization.staffInForce()).thenReturn(new Staff(units, people, Map.of()));
    return organization;
  }
}
