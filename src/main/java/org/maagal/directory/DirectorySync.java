package org.maagal.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.maagal.organization.EngineUsers;
import org.maagal.organization.Organization;
import org.maagal.organization.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the engine's users up to the directory: each person in it is a user with the directory's name and e-mail
 * (and no password of the engine's: the directory checks it), a member of exactly the Maagal groups their directory
 * groups map to. Someone who left the directory is removed from the engine's users, so that no login, session or
 * remembered password of theirs works any more; what they did keeps their id. Groups the mapping does not name, the
 * engine's accounts with a password of their own (the break-glass admin) and the people of the organisation file
 * (a committee's outside members) are left as they are.
 */
class DirectorySync {

  private static final Logger log = LoggerFactory.getLogger(DirectorySync.class);

  private final Directory directory;
  private final DirectoryProperties settings;
  private final EngineUsers users;
  private final Organization organization;

  DirectorySync(Directory directory, DirectoryProperties settings, EngineUsers users, Organization organization) {
    this.directory = directory;
    this.settings = settings;
    this.users = users;
    this.organization = organization;
  }

  /** What one reading of the directory changed. */
  record Report(int people, int usersAdded, int membershipsAdded, int membershipsRemoved, List<String> left,
      List<String> skipped) {
  }

  synchronized Report synchronize() {
    var people = directory.people();
    if (people.isEmpty()) {
      throw new Directory.ImplausibleAnswerException("The directory gave nobody under " + settings.userBase() + " with "
          + settings.userFilter() + "; nothing was changed");
    }
    Set<String> managed = GroupMapping.decided(settings.groups());
    int added = 0;
    int joined = 0;
    int removed = 0;
    var skipped = new TreeSet<String>();
    var ownAccounts = users.withPassword(true);
    for (var person : people) {
      if (ownAccounts.contains(person.id())) {
        log.warn("The directory's {} is also an account of the engine's own, with its own password: left as it is",
            person.id());
        skipped.add(person.id());
        continue;
      }
      if (!users.takes(person.id())) {
        log.warn("The directory's '{}' is not a user id the engine takes (letters, digits, '.', '_' and '-'): "
            + "left out", person.id());
        skipped.add(person.id());
        continue;
      }
      if (users.ensure(person.id(), person.firstName(), person.lastName(), person.email(), null)) {
        added++;
      }
      var changed = users.keep(person.id(), GroupMapping.given(settings.groups(), person.groups()), managed);
      joined += changed.added();
      removed += changed.removed();
    }
    Set<String> stay = people.stream().map(DirectoryPerson::id).collect(Collectors.toCollection(HashSet::new));
    organization.people().stream().map(Person::id).forEach(stay::add);
    var left = new TreeSet<String>(users.withPassword(false));
    left.removeAll(stay);
    for (var userId : left) {
      removed += users.groupsOf(userId).size();
      users.remove(userId);
    }
    var report = new Report(people.size(), added, joined, removed, List.copyOf(left), List.copyOf(skipped));
    log.info("Directory read: {} people, {} new users, {} memberships added, {} removed; left the directory: {}; "
        + "not taken: {}", report.people(), report.usersAdded(), report.membershipsAdded(),
        report.membershipsRemoved(), report.left(), report.skipped());
    return report;
  }
}
