package org.maagal.workplans;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.maagal.budget.BudgetBook;
import org.maagal.budget.Ceilings;
import org.maagal.budget.BudgetClause;
import org.maagal.forms.FormText;
import org.maagal.goals.ApprovedTarget;
import org.maagal.goals.GoalTreeService;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.organization.Person;
import org.maagal.organization.Role;
import org.maagal.reviewing.ReviewStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments' work plans: the department edits the newest version while it is a draft; the process
 * submits it, runs the checks and records each review; a return keeps the version and opens a copy as
 * the next draft. Every change is one transaction: a refused change leaves the plan as it was.
 */
@Service
public class WorkPlanService {


  private final WorkPlanVersions versions;
  private final WorkPlanReviews reviews;
  private final WorkPlanChecks checks;
  private final CeilingCheck ceilings;
  private final Organization organization;
  private final GoalTreeService goals;
  private final BudgetBook budget;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  WorkPlanService(WorkPlanVersions versions, WorkPlanReviews reviews, WorkPlanChecks checks, CeilingCheck ceilings,
      Organization organization, GoalTreeService goals, BudgetBook budget, Clock clock,
      ApplicationEventPublisher events) {
    this.versions = versions;
    this.reviews = reviews;
    this.checks = checks;
    this.ceilings = ceilings;
    this.organization = organization;
    this.goals = goals;
    this.budget = budget;
    this.clock = clock;
    this.events = events;
  }

  // --- the process's steps

  /** The department's plan opens as an empty first draft (once; a restarted phase finds it). */
  @Transactional
  public void open(int year, String departmentId) {
    if (versions.findFirstByCycleYearAndDepartmentIdOrderByReviewedNumberDesc(year, departmentId).isEmpty()) {
      versions.save(WorkPlanVersion.first(year, departmentId, Organization.SYSTEM, Instant.now(clock)));
    }
  }

  /** The department hands in its draft; it is frozen for the checks and the reviews. */
  @Transactional
  void submit(int year, String departmentId, String by) {
    newest(year, departmentId).reviewed().submit(what(departmentId), by, Instant.now(clock));
  }

  /**
   * Runs the automatic checks on the submitted version and records them; a blocking finding returns the
   * plan to the department at once. Returns whether the plan goes on to the reviews.
   */
  @Transactional
  boolean check(int year, String departmentId) {
    var submitted = newest(year, departmentId);
    var findings = checks.findings(submitted, PlanBudget.of(budget, year, departmentId),
        byId(goals.approvedTargets(year)).keySet(), goals.emphases(year), versions.emphasesServed(year));
    boolean passed = findings.stream().noneMatch(WorkPlanView.Finding::blocking);
    var comments = findings.stream().map(WorkPlanView.Finding::message).collect(Collectors.joining("\n"));
    decide(submitted, ReviewStep.CHECKS, passed, comments.isEmpty() ? null : comments, Organization.SYSTEM);
    return passed;
  }

  /** A reviewer's decision on the submitted version; a return opens the next draft, the CEO's approval ends it. */
  @Transactional
  void review(int year, String departmentId, ReviewStep step, boolean approved, String comments, String by) {
    decide(newest(year, departmentId), step, approved, comments, by);
  }

  /**
   * An amendment approved at the last step of its path that was not the CEO's (the strategy unit's, or finance's):
   * the version becomes the plan in force. One the CEO approved is so already.
   */
  @Transactional
  void approveAmendment(int year, String departmentId) {
    var version = newest(year, departmentId);
    if (version.status() != ReviewStatus.SUBMITTED) {
      return;
    }
    var lastReviewer = reviews.findByCycleYearAndDepartmentIdOrderByDecidedAtAscIdAsc(year, departmentId).stream()
        .filter(review -> review.versionNumber() == version.number()).reduce((first, second) -> second)
        .map(WorkPlanReview::decidedBy).orElse(Organization.SYSTEM);
    version.decide(what(departmentId), true, true, null, lastReviewer, Instant.now(clock));
  }

  /** Records the step's decision on the submitted version; a return opens the next draft as its copy. */
  private void decide(WorkPlanVersion version, ReviewStep step, boolean approved, String comments, String by) {
    var now = Instant.now(clock);
    var what = what(version.departmentId());
    version.decide(what, approved, step == ReviewStep.CEO, comments, by, now);
    reviews.save(new WorkPlanReview(version, step, approved, comments, by, now));
    if (!approved) {
      versions.save(version.nextDraft(what, by, now));
    }
  }

  /** The plan as the shared life's refusals name it. */
  private String what(String departmentId) {
    return "תכנית העבודה של " + organization.unitName(departmentId);
  }

  /** What the department's task shows: the newest version in a few lines, and what its reviewers said last. */
  @Transactional(readOnly = true)
  public String summary(int year, String departmentId) {
    var plan = versions.findFirstByCycleYearAndDepartmentIdOrderByReviewedNumberDesc(year, departmentId);
    if (plan.isEmpty()) {
      return "";
    }
    var version = plan.get();
    var lines = new ArrayList<String>();
    lines.add("גרסה " + version.number() + " (" + version.status().hebrewName() + "): " + version.activities().size()
        + " פעילויות, " + Shekels.format(version.total()) + " מתוך תקרה של "
        + Shekels.format(budget.ceilingsOf(year, departmentId).total()));
    for (Activity activity : version.activities()) {
      lines.add("• " + activity.title() + " — " + Shekels.format(activity.total())
          + (activity.targetIds().isEmpty() ? " (ללא יעד)" : ""));
      activity.requests().forEach(request -> lines.add("  בקשה לתקציב נוסף: " + Shekels.format(request.amount())
          + " ל" + request.purpose() + " (" + request.fundingKind().hebrewName() + ") — " + request.status().hebrewName()
          + (request.approvedAmount() == null ? "" : " " + Shekels.format(request.approvedAmount()))));
    }
    var history = reviews.findByCycleYearAndDepartmentIdOrderByDecidedAtAscIdAsc(year, departmentId);
    history.stream().filter(review -> !review.approved()).reduce((first, second) -> second).ifPresent(last ->
        lines.add("הוחזרה ב" + last.step().hebrewName() + ": " + last.comments()));
    return FormText.of(lines, "התכנית המלאה בדף תכניות העבודה /work-plans/?year=" + year + "&department=" + departmentId);
  }

  // --- reading

  @Transactional(readOnly = true)
  public WorkPlanView plan(int year, String departmentId, Caller caller) {
    mayRead(departmentId, caller);
    return view(newest(year, departmentId), caller);
  }

  @Transactional(readOnly = true)
  WorkPlanView version(int year, String departmentId, int number, Caller caller) {
    mayRead(departmentId, caller);
    return view(versions.findByCycleYearAndDepartmentIdAndReviewedNumber(year, departmentId, number)
        .orElseThrow(() -> WorkPlanProblems.noVersion(year, organization.unitName(departmentId), number)), caller);
  }

  @Transactional(readOnly = true)
  PageOf<WorkPlanView.VersionSummary> versions(int year, String departmentId, Caller caller, PageQuery page) {
    mayRead(departmentId, caller);
    return PageOf.of(versions.findByCycleYearAndDepartmentIdOrderByReviewedNumberAsc(year, departmentId, page.pageable())
        .map(v -> new WorkPlanView.VersionSummary(v.number(), v.status(), v.status().hebrewName(), v.createdAt(),
            v.createdBy(), nameOf(v.createdBy()), v.submittedAt(), v.submittedBy(), nameOf(v.submittedBy()),
            v.activities().size(), v.total())));
  }

  /** The newest version of every plan the caller may read, by department. */
  @Transactional(readOnly = true)
  public List<WorkPlanView.Summary> plans(int year, Caller caller) {
    var ceilings = budget.ceilingsByDepartment(year);
    var firstApproved = firstOfEachDepartment(versions.approvedOf(year));
    return newestInOrganisationOrder(versions, organization, year).stream()
        .filter(v -> readsAll(caller) || organization.reads(caller, v.departmentId()))
        .map(v -> new WorkPlanView.Summary(year, v.departmentId(), organization.unitName(v.departmentId()), v.number(),
            v.status(), v.status().hebrewName(), v.activities().size(), v.total(),
            Optional.ofNullable(ceilings.get(v.departmentId())).map(Ceilings::total).orElse(BigDecimal.ZERO),
            v.amendment(), v.amendment() == 0 ? null : firstApproved.get(v.departmentId()).total()))
        .toList();
  }

  @Transactional(readOnly = true)
  WorkPlanDiff diff(int year, String departmentId, Optional<Integer> from, Optional<Integer> to, Caller caller) {
    mayRead(departmentId, caller);
    String name = organization.unitName(departmentId);
    int toNumber = to.orElseGet(() -> newest(year, departmentId).number());
    int fromNumber = from.orElse(toNumber - 1);
    Function<Integer, WorkPlanVersion> find = n -> versions.findByCycleYearAndDepartmentIdAndReviewedNumber(year, departmentId, n)
        .orElseThrow(() -> WorkPlanProblems.noVersion(year, name, n));
    return WorkPlanDiff.between(find.apply(fromNumber), find.apply(toNumber), byId(goals.approvedTargets(year)));
  }

  /** The department's approved plan, for measuring it; empty while no version is approved. */
  @Transactional(readOnly = true)
  public Optional<ApprovedPlan> approvedPlan(int year, String departmentId) {
    return versions.findFirstByCycleYearAndDepartmentIdAndReviewedStatusOrderByReviewedNumberDesc(year, departmentId,
        ReviewStatus.APPROVED)
        .map(ApprovedPlan::of);
  }

  // --- editing the draft

  @Transactional
  public WorkPlanView addActivity(int year, String departmentId, ActivityInput input, Caller caller) {
    var draft = draftToEdit(year, departmentId, caller);
    validate(year, input, null);
    draft.add(new Activity(input));
    return edited(draft, caller);
  }

  @Transactional
  WorkPlanView changeActivity(int year, String departmentId, long activityId, ActivityInput input, Caller caller) {
    var draft = draftToEdit(year, departmentId, caller);
    var activity = draft.activity(activityId).orElseThrow(() -> WorkPlanProblems.noActivity(activityId));
    validate(year, input, activity);
    activity.change(input);
    return edited(draft, caller);
  }

  @Transactional
  public WorkPlanView removeActivity(int year, String departmentId, long activityId, Caller caller) {
    var draft = draftToEdit(year, departmentId, caller);
    if (!draft.remove(activityId)) {
      throw WorkPlanProblems.noActivity(activityId);
    }
    return edited(draft, caller);
  }

  @Transactional
  public WorkPlanView addLine(int year, String departmentId, long activityId, BudgetLineInput input, Caller caller) {
    var draft = draftToEdit(year, departmentId, caller);
    var activity = draft.activity(activityId).orElseThrow(() -> WorkPlanProblems.noActivity(activityId));
    var line = new BudgetLineRequest(year, departmentId, activity, input).resolve();
    activity.add(new BudgetLine(line.clause(), line.amount()));
    refuseOverrun(draft, activity, activity.lines().get(activity.lines().size() - 1), BigDecimal.ZERO, null);
    return edited(draft, caller);
  }

  @Transactional
  WorkPlanView changeLine(int year, String departmentId, long lineId, BudgetLineInput input, Caller caller) {
    var draft = draftToEdit(year, departmentId, caller);
    var activity = draft.activityOfLine(lineId).orElseThrow(() -> WorkPlanProblems.noLine(lineId));
    var line = draft.line(lineId).orElseThrow();
    var request = new BudgetLineRequest(year, departmentId, activity, input).resolve();
    var before = line.counted();
    var clauseBefore = line.clauseCode();
    line.change(request.clause(), request.amount());
    refuseOverrun(draft, activity, line, before, clauseBefore);
    return edited(draft, caller);
  }

  @Transactional
  WorkPlanView removeLine(int year, String departmentId, long lineId, Caller caller) {
    var draft = draftToEdit(year, departmentId, caller);
    var activity = draft.activityOfLine(lineId).orElseThrow(() -> WorkPlanProblems.noLine(lineId));
    activity.remove(lineId);
    return edited(draft, caller);
  }

  /** Finance approves or cuts a line while the plan is in its budget review. */
  @Transactional
  WorkPlanView markLine(int year, String departmentId, long lineId, LineStatus status, Caller caller) {
    if (!caller.has(Role.FINANCE)) {
      throw WorkPlanProblems.financeOnly();
    }
    var version = newest(year, departmentId);
    if (!inBudgetReview(version)) {
      throw WorkPlanProblems.notInBudgetReview(organization.unitName(departmentId));
    }
    version.line(lineId).orElseThrow(() -> WorkPlanProblems.noLine(lineId)).mark(status);
    return view(version, caller);
  }

  // --- additional budget requests: beyond the book, not counted against its ceilings

  @Transactional
  public WorkPlanView addRequest(int year, String departmentId, long activityId, BudgetRequestInput input, Caller caller) {
    var draft = draftToEdit(year, departmentId, caller);
    var activity = draft.activity(activityId).orElseThrow(() -> WorkPlanProblems.noActivity(activityId));
    var valid = ValidRequest.of(input);
    activity.add(new BudgetRequest(valid.amount(), input.purpose(), valid.kind(), input.funder()));
    return edited(draft, caller);
  }

  @Transactional
  WorkPlanView changeRequest(int year, String departmentId, long requestId, BudgetRequestInput input, Caller caller) {
    var draft = draftToEdit(year, departmentId, caller);
    var request = draft.request(requestId).orElseThrow(() -> WorkPlanProblems.noRequest(requestId));
    var valid = ValidRequest.of(input);
    request.change(valid.amount(), input.purpose(), valid.kind(), input.funder());
    return edited(draft, caller);
  }

  @Transactional
  WorkPlanView removeRequest(int year, String departmentId, long requestId, Caller caller) {
    var draft = draftToEdit(year, departmentId, caller);
    var activity = draft.activityOfRequest(requestId).orElseThrow(() -> WorkPlanProblems.noRequest(requestId));
    activity.removeRequest(requestId);
    return edited(draft, caller);
  }

  /** Finance decides an additional budget request while the plan is in its budget review. */
  @Transactional
  public WorkPlanView decideRequest(int year, String departmentId, long requestId, RequestDecision decision, Caller caller) {
    if (!caller.has(Role.FINANCE)) {
      throw WorkPlanProblems.financeOnly();
    }
    var version = newest(year, departmentId);
    if (!inBudgetReview(version)) {
      throw WorkPlanProblems.notInBudgetReview(organization.unitName(departmentId));
    }
    var request = version.request(requestId).orElseThrow(() -> WorkPlanProblems.noRequest(requestId));
    var granted = ValidRequest.granted(decision, request.amount());
    request.decide(decision.status(), granted, decision.status().grants() ? decision.clauseCode() : null,
        decision.note(), caller.userId(), Instant.now(clock));
    return view(version, caller);
  }

  static WorkPlanView.RequestView requestView(BudgetRequest request) {
    return new WorkPlanView.RequestView(request.id(), request.amount(), request.purpose(), request.fundingKind(),
        request.fundingKind().hebrewName(), request.funder(), request.status(), request.status().hebrewName(),
        request.approvedAmount(), request.clauseCode(), request.financeNote(), request.decidedBy(), request.decidedAt());
  }

  private boolean inBudgetReview(WorkPlanVersion version) {
    if (version.status() != ReviewStatus.SUBMITTED) {
      return false;
    }
    var steps = reviews.findByCycleYearAndDepartmentIdOrderByDecidedAtAscIdAsc(version.cycleYear(),
        version.departmentId()).stream().filter(review -> review.versionNumber() == version.number())
        .map(WorkPlanReview::step).toList();
    return steps.contains(ReviewStep.ALIGNMENT) && !steps.contains(ReviewStep.BUDGET);
  }

  private WorkPlanView edited(WorkPlanVersion draft, Caller caller) {
    versions.flush();
    events.publishEvent(new WorkPlanEdited(draft.cycleYear(), draft.departmentId()));
    return view(draft, caller);
  }

  /** A line may not take the plan over a ceiling; lowering a line that is already over is allowed. */
  private void refuseOverrun(WorkPlanVersion draft, Activity activity, BudgetLine line, BigDecimal before,
      String clauseBefore) {
    boolean asksMore = line.counted().compareTo(before) > 0 || !line.clauseCode().equals(clauseBefore);
    if (!asksMore) {
      return;
    }
    var overruns = ceilings.overrunsWith(draft, line);
    if (!overruns.isEmpty()) {
      throw WorkPlanProblems.invalid("budget line", overruns.stream()
          .map(overrun -> lineName(activity, line) + ": " + overrun.message()).toList());
    }
  }

  static String lineName(Activity activity, BudgetLine line) {
    return "שורת התקציב בסעיף " + line.clauseCode() + " ('" + line.clauseName() + "') בפעילות '" + activity.title()
        + "', " + Shekels.format(line.amount());
  }

  private void validate(int year, ActivityInput input, Activity current) {
    var problems = input.problems();
    var known = goals.approvedTargets(year).stream().map(ApprovedTarget::id).toList();
    for (Long targetId : input.targetIds()) {
      boolean keptFromBefore = current != null && current.targetIds().contains(targetId);
      if (!known.contains(targetId) && !keptFromBefore) {
        problems.add("היעד " + targetId + " אינו בעץ המטרות המאושר של " + year);
      }
    }
    int emphases = goals.emphases(year).size();
    for (Integer number : input.emphases()) {
      boolean keptFromBefore = current != null && current.emphases().contains(number);
      if ((number == null || number < 1 || number > emphases) && !keptFromBefore) {
        problems.add("הדגש הניהולי " + number + " אינו מהדגשים של " + year + (emphases == 0
            ? ": המנכ\"ל טרם נתן דגשים" : " (1–" + emphases + ")"));
      }
    }
    if (!problems.isEmpty()) {
      throw WorkPlanProblems.invalid("activity", problems);
    }
  }

  /** A budget line's request checked against the budget book: the clause exists and the amount is an amount. */
  private final class BudgetLineRequest {
    private final int year;
    private final String departmentId;
    private final Activity activity;
    private final BudgetLineInput input;

    BudgetLineRequest(int year, String departmentId, Activity activity, BudgetLineInput input) {
      this.year = year;
      this.departmentId = departmentId;
      this.activity = activity;
      this.input = input;
    }

    Resolved resolve() {
      var problems = new ArrayList<String>();
      var where = "שורת התקציב בפעילות '" + activity.title() + "'";
      Optional<BudgetClause> clause = Optional.empty();
      if (input.clauseCode() == null || input.clauseCode().isEmpty()) {
        problems.add(where + ": חסר קוד סעיף");
      } else {
        clause = budget.clause(year, input.clauseCode());
        if (clause.isEmpty()) {
          problems.add(where + ": הסעיף '" + input.clauseCode() + "' אינו בספר התקציב של " + year);
        } else if (!clause.get().departmentId().equals(departmentId)) {
          problems.add(where + ": הסעיף " + input.clauseCode() + " ('" + clause.get().name() + "') שייך ל"
              + organization.unitName(clause.get().departmentId()) + ", לא ל" + organization.unitName(departmentId));
        }
      }
      var amount = input.parsedAmount();
      if (input.amount() == null || input.amount().isEmpty()) {
        problems.add(where + ": חסר סכום");
      } else if (amount.isEmpty()) {
        problems.add(where + ": הסכום '" + input.amount() + "' אינו סכום בש\"ח (למשל 250000 או 1,250,000.50)");
      } else if (amount.get().signum() < 0) {
        problems.add(where + ": הסכום " + input.amount() + " שלילי");
      }
      if (!problems.isEmpty()) {
        throw WorkPlanProblems.invalid("budget line", problems);
      }
      return new Resolved(clause.orElseThrow(), amount.orElseThrow());
    }
  }

  private record Resolved(BudgetClause clause, BigDecimal amount) {
  }

  // --- who may do what

  private WorkPlanVersion draftToEdit(int year, String departmentId, Caller caller) {
    String name = departmentName(departmentId);
    if (!caller.worksIn(departmentId)) {
      throw WorkPlanProblems.notYoursToEdit(name);
    }
    var draft = newest(year, departmentId);
    draft.reviewed().requireDraft(what(departmentId));
    return draft;
  }

  private void mayRead(String departmentId, Caller caller) {
    String name = departmentName(departmentId);
    if (!readsAll(caller) && !organization.reads(caller, departmentId)) {
      throw WorkPlanProblems.notYours(name);
    }
  }

  /** The strategy unit, the CEO, the mayor, admins and finance (which reviews every plan) read every plan. */
  static boolean readsAll(Caller caller) {
    return caller.seesEverything() || caller.has(Role.FINANCE);
  }

  private String departmentName(String departmentId) {
    return organization.department(departmentId).filter(unit -> unit.id().equals(departmentId))
        .orElseThrow(() -> WorkPlanProblems.noDepartment(departmentId)).name();
  }

  WorkPlanVersion newest(int year, String departmentId) {
    return versions.findFirstByCycleYearAndDepartmentIdOrderByReviewedNumberDesc(year, departmentId)
        .orElseThrow(() -> WorkPlanProblems.noPlan(year, departmentName(departmentId)));
  }

  // --- views

  /** The newest version of each department's plan, in the order of the organisation file. */
  static List<WorkPlanVersion> newestInOrganisationOrder(WorkPlanVersions versions, Organization organization,
      int year) {
    var order = organization.departmentIds();
    return versions.newestOfEachDepartment(year).stream()
        .sorted(Comparator.comparingInt(version -> order.indexOf(version.departmentId()))).toList();
  }

  /** The first of each department's versions in {@code oldestFirst}: of the approved ones, the plan as first approved. */
  static Map<String, WorkPlanVersion> firstOfEachDepartment(List<WorkPlanVersion> oldestFirst) {
    var first = new HashMap<String, WorkPlanVersion>();
    oldestFirst.forEach(version -> first.putIfAbsent(version.departmentId(), version));
    return first;
  }

  /** The approved targets by id, in the tree's order. */
  static Map<Long, ApprovedTarget> byId(List<ApprovedTarget> targets) {
    return targets.stream().collect(Collectors.toMap(ApprovedTarget::id, target -> target, (a, b) -> a,
        LinkedHashMap::new));
  }

  private WorkPlanView view(WorkPlanVersion version, Caller caller) {
    int year = version.cycleYear();
    var targets = byId(goals.approvedTargets(year));
    var emphases = goals.emphases(year);
    var book = PlanBudget.of(budget, year, version.departmentId());
    var activities = version.activities().stream().map(activity -> new WorkPlanView.ActivityView(activity.id(),
        activity.title(), activity.owner(), activity.start(), activity.end(), activity.milestones(),
        activity.outputMeasure(), activity.targetIds().stream().map(id -> targetRef(id, targets)).toList(),
        activity.emphases().stream().sorted().map(number -> WorkPlanView.EmphasisRef.of(number, emphases)).toList(),
        activity.lines().stream().map(line -> new WorkPlanView.LineView(line.id(), line.clauseCode(), line.clauseName(),
            line.budgetType(), line.budgetType().hebrewName(), line.source().label(), line.amount(), line.status(),
            line.status().hebrewName())).toList(), activity.total(),
        activity.requests().stream().map(WorkPlanService::requestView).toList())).toList();
    var findings = version.status() == ReviewStatus.APPROVED ? List.<WorkPlanView.Finding>of()
        : checks.findings(version, book, targets.keySet(), emphases, versions.emphasesServed(year));
    var history = reviews.findByCycleYearAndDepartmentIdOrderByDecidedAtAscIdAsc(year, version.departmentId()).stream()
        .map(review -> review.view(this::nameOf)).sorted(Comparator.comparing(WorkPlanView.ReviewView::decidedAt)).toList();
    boolean editable = version.reviewed().isDraft() && caller.worksIn(version.departmentId());
    boolean marksLines = caller.has(Role.FINANCE) && inBudgetReview(version);
    boolean mayAmend = version.status() == ReviewStatus.APPROVED
        && newest(year, version.departmentId()).number() == version.number()
        && (caller.worksIn(version.departmentId()) || caller.has(Role.STRATEGY_UNIT));
    return new WorkPlanView(year, version.departmentId(), organization.unitName(version.departmentId()),
        version.number(), version.status(), version.status().hebrewName(), editable, marksLines, version.createdAt(),
        version.createdBy(), nameOf(version.createdBy()), version.submittedAt(), version.submittedBy(),
        nameOf(version.submittedBy()), version.total(), book.ceilings(), activities, findings, history,
        version.amendment(), version.amendmentReason(), mayAmend, WorkPlanView.EmphasisRef.numbered(emphases));
  }

  /** A person's name as the organisation file has it; the system's steps are Maagal's. */
  private String nameOf(String userId) {
    if (userId == null) {
      return null;
    }
    return Organization.SYSTEM.equals(userId) ? "מעגל"
        : organization.person(userId).map(Person::fullName).orElse(userId);
  }

  private static WorkPlanView.TargetRef targetRef(long id, Map<Long, ApprovedTarget> targets) {
    var target = targets.get(id);
    return target == null ? new WorkPlanView.TargetRef(id, null, null, null, false)
        : new WorkPlanView.TargetRef(id, target.domainName(), target.goal(), target.target(), true);
  }
}
