package org.maagal.personnel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.security.Principal;
import org.maagal.api.Download;
import org.maagal.organization.Organization;
import org.maagal.organization.OrganizationChanges;
import org.maagal.organization.StaffChanges;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** For the admins (all of {@code /api/admin} is theirs): the organisation's units and people from HR's workbook. */
@RestController
@RequestMapping("/api/admin/organization")
class PersonnelController {

  private final Organization organization;
  private final OrganizationChanges changes;
  private final StaffImports imports;

  PersonnelController(Organization organization, OrganizationChanges changes, StaffImports imports) {
    this.organization = organization;
    this.changes = changes;
    this.imports = imports;
  }

  /** How many units and people are in force, and which of HR's imports gave them (none: the organisation file). */
  record InForce(int units, int departments, int people, OrganizationChanges.Imported lastImport) {
  }

  @GetMapping
  @Operation(summary = "The organisation in force (admins): how many units, departments and people, and which of HR's "
      + "imports gave them (none while the organisation file's are)")
  InForce inForce() {
    var staff = organization.staffInForce();
    return new InForce(staff.units().size(), organization.departmentIds().size(),
        (int) staff.people().stream().filter(person -> person.unit() != null).count(),
        changes.lastImport().orElse(null));
  }

  @GetMapping("/export.xlsx")
  @Operation(summary = "The organisation in force as HR's workbook (admins): a sheet of units and a sheet of people "
      + "with the headers the import reads; edited and uploaded again, it changes only what was edited")
  ResponseEntity<byte[]> export() {
    return Download.of(PersonnelWorkbook.of(organization), "organization.xlsx", Download.XLSX);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "HR's units and people (an XLSX or CSV file) become the organisation's (admins); with "
      + "dryRun=true, only what would change. Who did what in earlier cycles keeps their ids; the open tasks of a "
      + "replaced manager go to the new one, those of a closed unit to the unit above it",
      description = "A sheet of units (שם יחידה, יחידת אם required; קוד יחידה, סוג יחידה, מנהל/ת optional), a sheet "
          + "of people (שם משתמש, שם פרטי, שם משפחה, יחידה required; דוא\"ל optional), or both; what the file lacks "
          + "stays as it is. A file with any wrong row is refused whole (400), every problem named by its row and "
          + "column, and nothing changes.")
  @ApiResponse(responseCode = "201", description = "In force: what changed, and how many open tasks were rerouted",
      content = @Content(schema = @Schema(implementation = StaffChanges.class)))
  @ApiResponse(responseCode = "200", description = "dryRun=true: what would change; nothing did",
      content = @Content(schema = @Schema(implementation = StaffChanges.class)))
  ResponseEntity<StaffChanges> importStaff(@RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun, Principal user) throws IOException {
    var read = PersonnelFile.read(file.getOriginalFilename(), file.getBytes(), organization);
    return imports.previewOrApply(read.staff(), read.problems(), read.notices(), dryRun, user.getName(),
        file.getOriginalFilename(), "תקנו את הקובץ ונסו שוב");
  }
}
