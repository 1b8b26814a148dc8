package org.maagal.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import java.util.List;
import java.util.function.Supplier;
import org.maagal.api.Problems;
import org.maagal.organization.Organization;
import org.maagal.organization.StaffChanges;
import org.maagal.personnel.StaffImports;
import org.maagal.personnel.StaffReading;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the admins (all of {@code /api/admin} is theirs): read the directory now, after a change made in it; and the
 * organisation's units and people from its organisational units.
 */
@RestController
class DirectoryController {

  /** The name an organisation read from the directory is kept under, as a workbook's file name is (the page
   * /organization knows it: organization.js, FROM_THE_DIRECTORY). */
  static final String SOURCE = "המדריך (LDAP)";

  private final ObjectProvider<DirectorySync> sync;
  private final ObjectProvider<DirectoryOrganization> directoryOrganization;
  private final Organization organization;
  private final StaffImports imports;

  DirectoryController(ObjectProvider<DirectorySync> sync, ObjectProvider<DirectoryOrganization> directoryOrganization,
      Organization organization, StaffImports imports) {
    this.sync = sync;
    this.directoryOrganization = directoryOrganization;
    this.organization = organization;
    this.imports = imports;
  }

  @PostMapping("/api/admin/directory/sync")
  @Operation(summary = "Reads the directory's people and groups now (admins), as every sync interval does: what "
      + "changed in the engine's users and memberships")
  DirectorySync.Report synchronize() {
    var directory = sync.getIfAvailable();
    if (directory == null) {
      throw noDirectory();
    }
    return answered(directory::synchronize);
  }

  /** Where the directory's organisational units are read from. */
  record OrganizationalUnits(String base) {
  }

  @GetMapping("/api/admin/directory/organization")
  @Operation(summary = "Whether the organisation may be read from the directory's organisational units (admins), "
      + "and from which: 404 where it is not")
  OrganizationalUnits organizationalUnits() {
    return new OrganizationalUnits(configured().base());
  }

  @PostMapping("/api/admin/directory/organization")
  @Operation(summary = "The organisation's units and people from the directory's organisational units (admins); "
      + "with dryRun=true, only what would change. As HR's workbook: who did what in earlier cycles keeps their ids; "
      + "the open tasks of a replaced manager go to the new one, those of a closed unit to the unit above it",
      description = "The OU at maagal.directory.units.base is the municipality, every OU under it a unit under the "
          + "nearest OU above it, every person under it works in the OU they are in. A directory with any wrong "
          + "entry is refused whole (400), every problem named by its entry and attribute, and nothing changes.")
  @ApiResponse(responseCode = "201", description = "In force: what changed, and how many open tasks were rerouted",
      content = @Content(schema = @Schema(implementation = StaffChanges.class)))
  @ApiResponse(responseCode = "200", description = "dryRun=true: what would change; nothing did",
      content = @Content(schema = @Schema(implementation = StaffChanges.class)))
  ResponseEntity<StaffChanges> organization(@RequestParam(defaultValue = "false") boolean dryRun, Principal user) {
    var entries = answered(configured()::read);
    var read = StaffReading.read(entries.units(), entries.people(), organization);
    return imports.previewOrApply(read.staff(), read.problems(), List.of(), dryRun, user.getName(), SOURCE,
        "תקנו את הרשומות במדריך ונסו שוב");
  }

  /** The reading of the directory's organisational units, where the settings name them. */
  private DirectoryOrganization configured() {
    var directory = directoryOrganization.getIfAvailable();
    if (directory == null) {
      throw noDirectory();
    }
    if (directory.base() == null) {
      throw Problems.problem(HttpStatus.NOT_FOUND, "No organisational units",
          "לא הוגדרו היחידות הארגוניות במדריך (maagal.directory.units.base): המבנה הארגוני נקרא מקובץ הארגון או "
              + "מקובץ משאבי אנוש.");
    }
    return directory;
  }

  private static <T> T answered(Supplier<T> reading) {
    try {
      return reading.get();
    } catch (Directory.DirectoryUnavailableException unavailable) {
      throw Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Directory unavailable",
          "השרת של מדריך המשתמשים (LDAP) אינו עונה; לא שונה דבר. נסו שוב מאוחר יותר.");
    } catch (Directory.ImplausibleAnswerException implausible) {
      throw Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Implausible directory answer",
          "תשובת המדריך אינה יכולה להיות של העירייה (אף אדם, או יותר רשומות מהמותר ב-maagal.directory.max-people); "
              + "לא נקרא ולא שונה דבר. בדקו את נקודת ההתחלה ואת המסנן בהגדרות המדריך. " + implausible.getMessage());
    }
  }

  private static RuntimeException noDirectory() {
    return Problems.problem(HttpStatus.NOT_FOUND, "No directory",
        "לא הוגדר מדריך משתמשים (LDAP): המשתמשים והסיסמאות נשמרים במנוע עצמו. ראו MAAGAL_LDAP_URL.");
  }
}
