package org.maagal.organization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's units and people put in force: what an import would change (nothing written), and the change itself. A
 * change is kept as a version ({@link StaffVersion}); every node takes the newest at start and looks for a newer one
 * every minute. Who did what in earlier cycles keeps their ids: a person who left loses their memberships, not their
 * user; a closed unit keeps its name. The open tasks follow the change: those a replaced manager held go to the new
 * one, and those of a closed unit to the unit above it and its manager.
 */
@Component
public class OrganizationChanges implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(OrganizationChanges.class);
  private static final int PAGE = 500;

  private final Organization organization;
  private final StaffVersions versions;
  private final EngineIdentitySync identitySync;
  private final EngineUsers users;
  private final TaskService tasks;
  private final ObjectMapper json;
  private final String initialPassword;
  private final String breakGlassAdmin;
  private final OrganizationFileValidator validator = new OrganizationFileValidator();
  private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(task -> {
    var thread = new Thread(task, "organization-staff");
    thread.setDaemon(true);
    return thread;
  });
  private volatile Long inForce;

  OrganizationChanges(Organization organization, StaffVersions versions, EngineIdentitySync identitySync,
      EngineUsers users, ProcessEngine engine, ObjectMapper json, OrganizationProperties properties,
      @Value("${camunda.bpm.admin-user.id:admin}") String breakGlassAdmin) {
    this.organization = organization;
    this.versions = versions;
    this.identitySync = identitySync;
    this.users = users;
    this.tasks = engine.getTaskService();
    this.json = json;
    this.initialPassword = properties.initialPassword();
    this.breakGlassAdmin = breakGlassAdmin;
  }

  /** Which of HR's imports is in force: when, by whom, from which file; empty while the file's units and people are. */
  public Optional<Imported> lastImport() {
    return versions.findFirstByOrderByIdDesc()
        .map(version -> new Imported(version.id(), version.importedAt(), version.importedBy(), version.fileName()));
  }

  /** One of HR's imports. */
  public record Imported(long version, Instant at, String by, String fileName) {
  }

  /** What changes between the organisation in force and HR's: nothing is written. */
  public StaffChanges preview(Staff staff) {
    var before = organization.staffInForce();
    var problems = new ArrayList<String>();
    if (staff.people().stream().anyMatch(person -> person.id().equals(breakGlassAdmin))) {
      problems.add("שם המשתמש " + breakGlassAdmin + " שמור לחשבון החירום של מנהל המערכת ואינו עובד/ת ביחידה");
    }
    validator.problemsOf(organization.withStaff(staff)).forEach(problem -> problems.add("בדיקת הארגון כולו: " + problem));
    return StaffChanges.between(before, staff, problems, 0, false);
  }

  /**
   * Puts HR's units and people in force, unless the preview found a problem; answers what changed. One transaction
   * (the version, the engine's users and groups, the tasks moved): a step that fails leaves all as it was, on this
   * node's organisation too.
   */
  @Transactional
  public synchronized StaffChanges apply(Staff staff, String importedBy, String fileName, Instant at) {
    var preview = preview(staff);
    if (!preview.problems().isEmpty()) {
      return preview;
    }
    var before = organization.staffInForce();
    var former = new HashMap<>(before.formerUnitNames());
    preview.unitsClosed().forEach(unit -> former.put(unit.id(), unit.name()));
    staff.units().forEach(unit -> former.remove(unit.id()));
    var kept = new Staff(staff.units(), staff.people(), former);
    String text = write(kept);
    if (text.length() > StaffVersion.LONGEST_STAFF) {
      return StaffChanges.between(before, staff, List.of("המבנה הארגוני גדול מהנשמר בגרסה אחת ("
          + StaffVersion.LONGEST_STAFF + " תווים); דבר לא שונה"), 0, false);
    }
    Long previous = inForce;
    StaffVersion version;
    int rerouted;
    try {
      version = versions.save(new StaffVersion(at, importedBy, fileName, text));
      inForce = version.id();
      organization.replaceStaff(kept);
      followInTheEngine(before, kept);
      rerouted = reroute(before, kept);
    } catch (RuntimeException failed) {
      organization.replaceStaff(before);
      inForce = previous;
      throw failed;
    }
    log.info("HR's organisation (version {}, {} by {}) put in force: {} units, {} people; {} open tasks rerouted",
        version.id(), fileName, importedBy, kept.units().size(), kept.people().size(), rerouted);
    return StaffChanges.between(before, kept, List.of(), rerouted, true);
  }

  /**
   * At start, then every minute: the newest import in force on this node too; what writing it into the engine did,
   * or empty when there was nothing newer.
   */
  Optional<SyncReport> takeNewest() {
    Long newest = versions.newestId();
    if (newest == null || newest.equals(inForce)) {
      return Optional.empty();
    }
    synchronized (this) {
      var version = versions.findById(newest).orElseThrow();
      var staff = read(version.staff());
      var before = organization.staffInForce();
      organization.replaceStaff(staff);
      var report = followInTheEngine(before, staff);
      inForce = newest;
      log.info("HR's organisation version {} of {} by {} is in force: {} units, {} people", newest,
          version.importedAt(), version.importedBy(), staff.units().size(), staff.people().size());
      return Optional.of(report);
    }
  }

  void lookForNewerEveryMinute() {
    rounds.scheduleWithFixedDelay(() -> {
      try {
        takeNewest();
      } catch (RuntimeException failed) {
        log.error("Looking for a newer organisation from HR failed; the next look is in a minute", failed);
      }
    }, 60, 60, TimeUnit.SECONDS);
  }

  @Override
  public void destroy() {
    rounds.shutdownNow();
  }

  /**
   * The engine's users and groups up to the new organisation: new people and units added (as at every start, a new
   * person with the initial password when one is set), and
   * the unit memberships of everyone HR listed before or now made exactly those of the new units they work in or
   * manage (a person who left keeps none).
   */
  private SyncReport followInTheEngine(Staff before, Staff after) {
    var report = identitySync.synchronize(organization, initialPassword);
    Set<String> unitGroups = new HashSet<>();
    before.units().forEach(unit -> unitGroups.add(unit.groupId()));
    after.units().forEach(unit -> unitGroups.add(unit.groupId()));
    Map<String, Unit> units = after.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    Set<String> everyone = new HashSet<>();
    before.people().forEach(person -> everyone.add(person.id()));
    after.people().forEach(person -> everyone.add(person.id()));
    Map<String, Person> now = after.people().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    for (var personId : everyone) {
      var given = new HashSet<String>();
      var person = now.get(personId);
      if (person != null && person.unit() != null && units.containsKey(person.unit())) {
        given.add(units.get(person.unit()).groupId());
      }
      after.units().stream().filter(unit -> personId.equals(unit.manager())).forEach(unit -> given.add(unit.groupId()));
      if (person != null || users.groupsOf(personId).stream().anyMatch(unitGroups::contains)) {
        users.keep(personId, given, unitGroups);
      }
    }
    return report;
  }

  /** The open tasks of a unit whose manager was replaced, or which was closed; how many were moved. */
  private int reroute(Staff before, Staff after) {
    Map<String, Unit> now = after.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    Map<String, Unit> then = before.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    int moved = 0;
    for (var unit : before.units()) {
      var current = now.get(unit.id());
      if (current == null) {
        var above = nearestOpen(unit, then, now);
        if (above != null) {
          moved += handOver(unit, above);
        }
      } else if (unit.manager() != null && !Objects.equals(unit.manager(), current.manager())) {
        moved += reassign(tasks.createTaskQuery().taskCandidateGroup(unit.groupId()).includeAssignedTasks()
            .taskAssignee(unit.manager()),
            current.manager());
      }
    }
    Set<String> staying = after.people().stream().map(Person::id).collect(Collectors.toSet());
    for (var person : before.people()) {
      if (!staying.contains(person.id())) {
        moved += reassign(tasks.createTaskQuery().taskAssignee(person.id()), null);
      }
    }
    return moved;
  }

  private static Unit nearestOpen(Unit closed, Map<String, Unit> then, Map<String, Unit> now) {
    var seen = new HashSet<String>();
    for (String at = closed.parent(); at != null && seen.add(at); at = then.containsKey(at) ? then.get(at).parent()
        : null) {
      if (now.containsKey(at)) {
        return now.get(at);
      }
    }
    return null;
  }

  /** The closed unit's open tasks become the unit above's too; those its manager held, or no one, its manager's. */
  private int handOver(Unit closed, Unit above) {
    int moved = 0;
    for (int first = 0; ; first += PAGE) {
      List<Task> page = tasks.createTaskQuery().taskCandidateGroup(closed.groupId()).includeAssignedTasks().orderByTaskId().asc()
          .listPage(first, PAGE);
      for (var task : page) {
        tasks.addCandidateGroup(task.getId(), above.groupId());
        if (above.manager() != null && (task.getAssignee() == null || task.getAssignee().equals(closed.manager()))) {
          tasks.setAssignee(task.getId(), above.manager());
        }
        moved++;
      }
      if (page.size() < PAGE) {
        return moved;
      }
    }
  }

  /**
   * The tasks held as the query finds them go to {@code to}, or back to their groups when it is null: a replaced
   * manager's to the new one, those of someone who left to whoever of their unit takes them.
   */
  private int reassign(TaskQuery held, String to) {
    int moved = 0;
    while (true) {
      List<Task> page = held.listPage(0, PAGE);
      for (var task : page) {
        tasks.setAssignee(task.getId(), to);
        moved++;
      }
      if (page.size() < PAGE) {
        return moved;
      }
    }
  }

  private String write(Staff staff) {
    try {
      return json.writeValueAsString(staff);
    } catch (JsonProcessingException cannotWrite) {
      throw new IllegalStateException("The organisation could not be written", cannotWrite);
    }
  }

  private Staff read(String text) {
    try {
      return json.readValue(text, Staff.class);
    } catch (JsonProcessingException cannotRead) {
      throw new IllegalStateException("A stored version of the organisation could not be read", cannotRead);
    }
  }
}
