package org.maagal.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.maagal.caching.BoundedCache;
import org.maagal.clock.ApplicationClock;
import org.maagal.facts.Fact;
import org.maagal.organization.Caller;
import org.maagal.organization.Committee;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a year's part: the strategy unit proposes it (its snapshot is taken then), the committee decides at
 * its meeting ({@code publication.bpmn} waits on its agenda), the strategy unit may withdraw what was published.
 * The public site reads each part's newest published snapshot; a snapshot never changes, so it is kept parsed by
 * its publication's id, and only what may change of a publication (its status, its decision) is read each time.
 */
@Service
@EnableConfigurationProperties(PublicationProperties.class)
public class PublicationService {

  private static final int LONGEST_REASON = 1000;

  private final Publications publications;
  private final SnapshotTaker taker;
  private final ObjectMapper json;
  private final RuntimeService runtime;
  private final Organization organization;
  private final PublicationProperties properties;
  private final ApplicationClock clock;
  private final BoundedCache<Long, Snapshot> snapshots = new BoundedCache<>(200);

  PublicationService(Publications publications, SnapshotTaker taker, ObjectMapper json, RuntimeService runtime,
      Organization organization, PublicationProperties properties, ApplicationClock clock) {
    this.publications = publications;
    this.taker = taker;
    this.json = json;
    this.runtime = runtime;
    this.organization = organization;
    this.properties = properties;
    this.clock = clock;
  }

  /** A published (or proposed) part as the site reads it. */
  record Published(long id, int year, PublishedPart part, Instant decidedAt, Snapshot snapshot) {
  }

  /** The committee whose decision publishes. */
  Committee committee() {
    String id = properties.committee();
    return id == null || id.isBlank() ? organization.steeringCommittee()
        : organization.committee(id).orElseThrow(() -> new IllegalStateException(
            "maagal.publication.committee names no committee of the organisation file: " + id));
  }

  @Transactional
  public PublicationView propose(int year, String partName, Caller caller) {
    requireStrategyUnit(caller);
    var part = part(partName);
    if (publications.existsByCycleYearAndPartAndStatus(year, part, PublicationStatus.PROPOSED)) {
      throw PublicationProblems.alreadyProposed(year, part);
    }
    var text = write(taker.take(year, part, caller));
    if (text.length() > Publication.LONGEST_SNAPSHOT) {
      throw PublicationProblems.nothingToPublish(year, part, "התמונה גדולה מ-" + Publication.LONGEST_SNAPSHOT + " תווים");
    }
    var publication = publications.save(new Publication(year, part, text, caller.userId(), clock.instant()));
    var instance = runtime.createProcessInstanceByKey(PublicationProcess.PROCESS_ID)
        .businessKey("publication-" + publication.id())
        .setVariables(Map.of(Fact.YEAR.variable(), year, PublicationProcess.PUBLICATION_ID, publication.id()))
        .execute();
    publication.awaitedBy(instance.getProcessInstanceId());
    return publication.view();
  }

  @Transactional(readOnly = true)
  List<PublicationView> of(int year, Caller caller) {
    requireReader(caller);
    return publications.findByCycleYearOrderByIdAsc(year).stream().map(Publication::view).toList();
  }

  /** A proposal or a publication as the public would read it, for the committee before it decides. */
  @Transactional(readOnly = true)
  Published preview(long id, Caller caller) {
    requireReader(caller);
    var publication = publications.findById(id).orElseThrow(() -> PublicationProblems.notFound(id));
    return new Published(publication.id(), publication.cycleYear(), publication.part(), publication.decidedAt(),
        snapshots.computeIfAbsent(publication.id(), ignored -> read(publication.snapshot())));
  }

  @Transactional
  PublicationView withdraw(int year, long id, String because, Caller caller) {
    requireStrategyUnit(caller);
    if (because == null || because.isBlank() || because.length() > LONGEST_REASON) {
      throw PublicationProblems.reasonRequired();
    }
    var publication = publications.findById(id).filter(found -> found.cycleYear() == year)
        .orElseThrow(() -> PublicationProblems.notFound(id));
    publication.withdraw(caller.userId(), because.strip(), clock.instant());
    return publication.view();
  }

  /** The committee decided the proposal its process waits for. */
  @Transactional
  void decided(long id, boolean approved, String decision) {
    publications.findById(id).orElseThrow().decided(approved, decision, clock.instant());
  }

  @Transactional(readOnly = true)
  Publication proposal(long id) {
    return publications.findById(id).orElseThrow();
  }

  /** The years with something published, newest first. */
  @Transactional(readOnly = true)
  public List<Integer> publishedYears() {
    return publications.publishedYears();
  }

  /** Each part's newest published snapshot of the year; empty when nothing of it is public. */
  @Transactional(readOnly = true)
  Map<PublishedPart, Published> published(int year) {
    var parts = new EnumMap<PublishedPart, Published>(PublishedPart.class);
    // oldest first: each part's newest published is the one kept
    for (var shown : publications.publishedOf(year)) {
      parts.put(shown.part(), new Published(shown.id(), year, shown.part(), shown.decidedAt(),
          snapshots.computeIfAbsent(shown.id(), id -> read(publications.findById(id).orElseThrow().snapshot()))));
    }
    return parts;
  }

  private Snapshot read(String snapshot) {
    try {
      return json.readValue(snapshot, Snapshot.class);
    } catch (JsonProcessingException unreadable) {
      throw new IllegalStateException("A publication holds no readable snapshot", unreadable);
    }
  }

  private String write(Snapshot snapshot) {
    try {
      return json.writeValueAsString(snapshot);
    } catch (JsonProcessingException unwritable) {
      throw new IllegalStateException("A snapshot could not be written", unwritable);
    }
  }

  private static PublishedPart part(String name) {
    try {
      return PublishedPart.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw PublicationProblems.unknownPart(name);
    }
  }

  private static void requireStrategyUnit(Caller caller) {
    if (!caller.has(Role.STRATEGY_UNIT) && !caller.has(Role.ADMIN)) {
      throw PublicationProblems.onlyStrategyUnit();
    }
  }

  private void requireReader(Caller caller) {
    if (!caller.seesEverything() && !caller.groups().contains(committee().groupId())) {
      throw PublicationProblems.notAReader();
    }
  }
}
