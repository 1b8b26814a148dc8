package org.maagal.directory;

import org.maagal.api.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** For the admins (all of {@code /api/admin} is theirs): read the directory now, after a change made in it. */
@RestController
class DirectoryController {

  private final ObjectProvider<DirectorySync> sync;

  DirectoryController(ObjectProvider<DirectorySync> sync) {
    this.sync = sync;
  }

  @PostMapping("/api/admin/directory/sync")
  DirectorySync.Report synchronize() {
    var directory = sync.getIfAvailable();
    if (directory == null) {
      throw Problems.problem(HttpStatus.NOT_FOUND, "No directory",
          "לא הוגדר מדריך משתמשים (LDAP): המשתמשים והסיסמאות נשמרים במנוע עצמו. ראו MAAGAL_LDAP_URL.");
    }
    try {
      return directory.synchronize();
    } catch (Directory.DirectoryUnavailableException unavailable) {
      throw Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Directory unavailable",
          "השרת של מדריך המשתמשים (LDAP) אינו עונה; לא שונה דבר. נסו שוב מאוחר יותר.");
    }
  }
}
