package org.maagal.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.maagal.clock.ApplicationClock;
import org.maagal.cycle.CycleYearRange;
import org.maagal.facts.Fact;
import org.maagal.organization.Caller;
import org.maagal.organization.CommitteeType;
import org.maagal.organization.Organization;
import org.maagal.organization.Sector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open calls for residents to join the design committee or a working team: the strategy unit records each with
 * the role and the requirements the committee set; a resident applies on the public site; each application arrives
 * as a task for the strategy unit ({@code resident-application}), which takes it onto the candidates' list or
 * declines it. The design committee's candidates then go to the steering committee as before
 * ({@link DesignCommitteeCall}).
 */
@Service
public class ResidentCalls {

  static final int LONGEST_ROLE = 200;
  static final int LONGEST_REQUIREMENTS = 2000;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  private final OpenCalls calls;
  private final DesignApplicants applicants;
  private final Organization organization;
  private final RuntimeService runtime;
  private final ApplicationClock clock;

  ResidentCalls(OpenCalls calls, DesignApplicants applicants, Organization organization, RuntimeService runtime,
      ApplicationClock clock) {
    this.calls = calls;
    this.applicants = applicants;
    this.organization = organization;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** What the strategy unit records of a call. */
  record CallInput(Integer year, String committeeId, String role, String requirements, LocalDate closesOn) {
  }

  @Transactional
  OpenCallView open(CallInput input, Caller caller) {
    MeetingPlanner.requireStrategyUnit(caller);
    var problems = new ArrayList<String>();
    if (!CycleYearRange.contains(input.year())) {
      problems.add("חסרה שנת המעגל");
    }
    var committee = Optional.ofNullable(input.committeeId()).flatMap(organization::committee)
        .filter(found -> found.type() == CommitteeType.DESIGN || found.type() == CommitteeType.WORKING_TEAM);
    if (committee.isEmpty()) {
      problems.add("קול קורא פונה לוועדה המעצבת או לצוות עבודה מקובץ הארגון");
    }
    if (blankOrLonger(input.role(), LONGEST_ROLE)) {
      problems.add("חסר התפקיד (עד " + LONGEST_ROLE + " תווים)");
    }
    if (blankOrLonger(input.requirements(), LONGEST_REQUIREMENTS)) {
      problems.add("חסרות הדרישות שקבעה הוועדה (עד " + LONGEST_REQUIREMENTS + " תווים)");
    }
    if (input.closesOn() == null || input.closesOn().isBefore(clock.today())) {
      problems.add("יום הסגירה חסר או שכבר עבר");
    }
    if (!problems.isEmpty()) {
      throw MeetingProblems.invalid(problems);
    }
    var call = calls.save(new OpenCall(input.year(), committee.get().id(), input.role().strip(),
        input.requirements().strip(), input.closesOn(), caller.userId(), clock.instant()));
    return view(call);
  }

  @Transactional
  OpenCallView close(long id, Caller caller) {
    MeetingPlanner.requireStrategyUnit(caller);
    var call = calls.findById(id).orElseThrow(() -> MeetingProblems.noCall(id));
    call.close(caller.userId(), clock.instant());
    return view(call);
  }

  @Transactional(readOnly = true)
  List<OpenCallView> of(int year, Caller caller) {
    if (!caller.seesEverything()) {
      throw MeetingProblems.onlyStrategyUnit();
    }
    return calls.findByCycleYearOrderByIdAsc(year).stream().map(this::view).toList();
  }

  /** The calls open today, for the public site. */
  @Transactional(readOnly = true)
  public List<OpenCallView> openNow() {
    var today = clock.today();
    return calls.findByClosedAtIsNullOrderByIdAsc().stream().filter(call -> call.openOn(today)).map(this::view)
        .toList();
  }

  /** The call, if residents may apply to it today. */
  @Transactional(readOnly = true)
  public Optional<OpenCallView> openCall(long id) {
    return calls.findById(id).filter(call -> call.openOn(clock.today())).map(this::view);
  }

  /**
   * A resident's application to an open call: stored as received and given to the strategy unit as a task. Refused
   * whole, nothing stored, when the call is closed or a field is missing or too long.
   */
  @Transactional
  public long apply(long callId, String name, String sector, String email, String statement) {
    var problems = EnumSet.noneOf(ApplicationProblem.class);
    var call = calls.findById(callId).filter(found -> found.openOn(clock.today()));
    if (call.isEmpty()) {
      problems.add(ApplicationProblem.CLOSED);
    }
    if (blankOrLonger(name, 200)) {
      problems.add(ApplicationProblem.NAME);
    }
    // a resident represents anyone but the municipality itself
    var chosen = sector(sector).filter(found -> found != Sector.AUTHORITY);
    if (chosen.isEmpty()) {
      problems.add(ApplicationProblem.SECTOR);
    }
    if (email == null || email.length() > 200 || !EMAIL.matcher(email.strip()).matches()) {
      problems.add(ApplicationProblem.EMAIL);
    }
    if (blankOrLonger(statement, DesignCommitteeCall.LONGEST_STATEMENT)) {
      problems.add(ApplicationProblem.STATEMENT);
    }
    if (!problems.isEmpty()) {
      throw new ApplicationRefused(problems);
    }
    var applicant = applicants.save(DesignApplicant.received(call.get(), name.strip(), chosen.get(), email.strip(),
        statement.strip(), clock.instant()));
    runtime.createProcessInstanceByKey(MeetingsProcess.APPLICATION_PROCESS)
        .businessKey("applicant-" + applicant.id())
        .setVariables(Map.of(Fact.YEAR.variable(), call.get().cycleYear(), Fact.APPLICANT_ID.variable(),
            applicant.id()))
        .execute();
    return applicant.id();
  }

  /** What the strategy unit's screening task shows: the application and the call it answers. */
  @Transactional(readOnly = true)
  Map<String, Object> application(long applicantId) {
    var applicant = applicants.findById(applicantId).orElseThrow();
    var call = calls.findById(applicant.callId()).orElseThrow();
    return Map.of("applicantName", applicant.name(), "applicantSector", applicant.sector().hebrewName(),
        "applicantEmail", applicant.email(), "applicantStatement", applicant.statement(),
        "callCommittee", organization.committeeName(call.committeeId()), "callRole", call.role(),
        "callRequirements", call.requirements());
  }

  @Transactional
  void screened(long applicantId, boolean accepted) {
    applicants.findById(applicantId).orElseThrow().screened(accepted);
  }

  private static Optional<Sector> sector(String name) {
    try {
      return name == null ? Optional.empty() : Optional.of(Sector.valueOf(name));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private OpenCallView view(OpenCall call) {
    return call.view(organization.committeeName(call.committeeId()), clock.today());
  }

  private static boolean blankOrLonger(String text, int longest) {
    return text == null || text.isBlank() || text.strip().length() > longest;
  }
}
