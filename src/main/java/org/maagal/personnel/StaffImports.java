package org.maagal.personnel;

import java.util.List;
import java.util.Map;
import org.maagal.api.Problems;
import org.maagal.clock.ApplicationClock;
import org.maagal.organization.OrganizationChanges;
import org.maagal.organization.Staff;
import org.maagal.organization.StaffChanges;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The organisation as a source gives it (HR's workbook, the directory's organisational units), previewed or put in
 * force for an admin, with one answer for every source: 200 with what would change, 201 with what did, or refused
 * whole (400) with every problem, and nothing changed.
 */
@Component
public class StaffImports {

  private final OrganizationChanges changes;
  private final ApplicationClock clock;

  StaffImports(OrganizationChanges changes, ApplicationClock clock) {
    this.changes = changes;
    this.clock = clock;
  }

  /**
   * @param problems what is wrong in the source, as read: any refuses it
   * @param notices  what the reader noticed and read anyway, told with a refusal
   * @param source   the file's name, or the directory's, kept with the version in force
   * @param mend     what the admin does about a refusal ("תקנו את הקובץ ונסו שוב")
   */
  public ResponseEntity<StaffChanges> previewOrApply(Staff staff, List<String> problems, List<String> notices,
      boolean dryRun, String by, String source, String mend) {
    if (!problems.isEmpty()) {
      throw refusal(problems, notices, mend);
    }
    var result = dryRun ? changes.preview(staff) : changes.apply(staff, by, source, clock.instant());
    if (!result.problems().isEmpty()) {
      throw refusal(result.problems(), notices, mend);
    }
    return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(result);
  }

  private static RuntimeException refusal(List<String> problems, List<String> notices, String mend) {
    return Problems.problem(HttpStatus.BAD_REQUEST, "Invalid organisation",
        "הארגון לא נקלט: נמצאו " + problems.size() + " בעיות. דבר לא שונה; " + mend + ".",
        Map.of("errors", problems, "notices", notices));
  }
}
