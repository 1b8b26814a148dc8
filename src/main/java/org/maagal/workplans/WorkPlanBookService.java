package org.maagal.workplans;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maagal.goals.ApprovedTarget;
import org.maagal.goals.GoalTreeService;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cycle's plans taken together: the book of work plans (its content, its editions and the steering
 * committee's decisions) and the linkage of money to targets. A department reads only its own part.
 */
@Service
public class WorkPlanBookService {

  private final WorkPlanVersions versions;
  private final WorkPlanBooks books;
  private final GoalTreeService goals;
  private final Organization organization;
  private final Clock clock;

  WorkPlanBookService(WorkPlanVersions versions, WorkPlanBooks books, GoalTreeService goals, Organization organization,
      Clock clock) {
    this.versions = versions;
    this.books = books;
    this.goals = goals;
    this.organization = organization;
    this.clock = clock;
  }

  /** The strategy unit compiles a new edition of the book; returns its number. */
  @Transactional
  int compile(int year, String by) {
    int edition = books.findFirstByCycleYearOrderByEditionDesc(year).map(WorkPlanBook::edition).orElse(0) + 1;
    books.save(new WorkPlanBook(year, edition, by, Instant.now(clock)));
    return edition;
  }

  @Transactional
  void decide(int year, boolean approved, String comments, String by) {
    if (!approved && (comments == null || comments.isBlank())) {
      throw org.maagal.forms.FormValues.refuse(List.of("בהחזרת הספר יש לכתוב מה לתקן"));
    }
    books.findFirstByCycleYearOrderByEditionDesc(year).orElseThrow().decide(approved, comments, by, Instant.now(clock));
  }

  @Transactional(readOnly = true)
  List<WorkPlanView.BookEdition> editions(int year) {
    return books.findByCycleYearOrderByEditionAsc(year).stream().map(WorkPlanBook::view).toList();
  }

  /** The book's content: every plan's newest version, or only the department asked for or the caller's own. */
  @Transactional(readOnly = true)
  BookOfWorkPlans book(int year, Optional<String> department, Caller caller) {
    var approved = versions.approvedOf(year);
    var plans = readable(year, department, caller, approved);
    var firstApproved = WorkPlanService.firstOfEachDepartment(approved);
    var targets = targetsById(year);
    var emphases = goals.emphases(year);
    var departments = new ArrayList<BookOfWorkPlans.DepartmentPlan>();
    var byDomain = new LinkedHashMap<String, BigDecimal>();
    var bySource = new LinkedHashMap<String, BigDecimal>();
    var byEmphasis = new LinkedHashMap<Integer, BigDecimal>();
    for (WorkPlanVersion plan : plans) {
      var activities = new ArrayList<BookOfWorkPlans.Activity>();
      for (Activity activity : plan.activities()) {
        var lines = activity.lines().stream().map(line -> new BookOfWorkPlans.Line(line.clauseCode(), line.clauseName(),
            line.budgetType().hebrewName(), line.source().label(), line.amount(), line.status().hebrewName())).toList();
        activity.lines().forEach(line -> bySource.merge(line.source().label(), line.counted(), BigDecimal::add));
        var domains = activity.targetIds().stream().map(targets::get).filter(java.util.Objects::nonNull)
            .map(ApprovedTarget::domainName).distinct().toList();
        // an activity's money goes to the domain of its first target, so that the domains add up to the total
        byDomain.merge(domains.isEmpty() ? "ללא יעד" : domains.get(0), activity.total(), BigDecimal::add);
        // an activity serving several emphases counts under each, as under each of its targets in the linkage
        activity.emphases().forEach(number -> byEmphasis.merge(number, activity.total(), BigDecimal::add));
        var served = new ArrayList<>(activity.targetIds().stream().map(targets::get).filter(java.util.Objects::nonNull)
            .map(ApprovedTarget::target).toList());
        activity.emphases().stream().sorted().map(number -> WorkPlanView.EmphasisRef.of(number, emphases))
            .forEach(emphasis -> served.add(BookText.EMPHASIS + " " + emphasis.number() + ": " + emphasis.text()));
        activities.add(new BookOfWorkPlans.Activity(activity.title(), activity.owner(), activity.start(), activity.end(),
            activity.milestones().stream().map(text -> text == null ? "" : text).toList(), activity.outputMeasure(),
            served, lines, activity.total()));
      }
      var own = targets.values().stream().filter(target -> target.ownedBy(plan.departmentId()))
          .map(target -> new BookOfWorkPlans.Target(target.domainName(), target.goal(), target.target(),
              target.indicators())).toList();
      departments.add(new BookOfWorkPlans.DepartmentPlan(plan.departmentId(), organization.unitName(plan.departmentId()),
          plan.number(), plan.status().hebrewName(), own, activities, plan.total(), amended(plan, firstApproved)));
    }
    var total = departments.stream().map(BookOfWorkPlans.DepartmentPlan::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new BookOfWorkPlans(organization.municipalityName(), year, Instant.now(clock), departments,
        totals(byDomain), totals(bySource), emphasisTotals(emphases, byEmphasis), total);
  }

  /** The plans' money by domain and funding source, as the book sums it, for the plans the caller may read. */
  @Transactional(readOnly = true)
  public WorkPlanTotals totals(int year, Caller caller) {
    var book = book(year, Optional.empty(), caller);
    return new WorkPlanTotals(year, publicTotals(book.byDomain()), publicTotals(book.bySource()), book.total());
  }

  private static List<WorkPlanTotals.Total> publicTotals(List<BookOfWorkPlans.Total> totals) {
    return totals.stream().map(total -> new WorkPlanTotals.Total(total.name(), total.amount())).toList();
  }

  /** The approved plans' money by source, domain and target: what the year's published summary holds. */
  @Transactional(readOnly = true)
  public ApprovedMoney approvedMoney(int year) {
    var inForce = new LinkedHashMap<String, WorkPlanVersion>();
    versions.approvedOf(year).forEach(version -> inForce.put(version.departmentId(), version));
    var targets = targetsById(year);
    var bySource = new LinkedHashMap<String, BigDecimal>();
    var byDomain = new LinkedHashMap<String, BigDecimal>();
    var byTarget = new LinkedHashMap<Long, Map<String, BigDecimal>>();
    targets.keySet().forEach(id -> byTarget.put(id, new LinkedHashMap<>()));
    for (WorkPlanVersion plan : inForce.values()) {
      for (Activity activity : plan.activities()) {
        var served = activity.targetIds().stream().filter(targets::containsKey).toList();
        byDomain.merge(served.isEmpty() ? "ללא יעד" : targets.get(served.get(0)).domainName(), activity.total(),
            BigDecimal::add);
        for (var line : activity.lines()) {
          bySource.merge(line.source().label(), line.counted(), BigDecimal::add);
          served.forEach(id -> byTarget.get(id).merge(line.source().label(), line.counted(), BigDecimal::add));
        }
      }
    }
    var perTarget = byTarget.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
        .map(entry -> new ApprovedMoney.TargetMoney(entry.getKey(), sum(entry.getValue()),
            publicTotals(totals(entry.getValue())))).toList();
    return new ApprovedMoney(year, sum(bySource), publicTotals(totals(bySource)), publicTotals(totals(byDomain)),
        perTarget);
  }

  private static BigDecimal sum(Map<String, BigDecimal> sums) {
    return sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Transactional(readOnly = true)
  public WorkPlanLinkage linkage(int year, Optional<String> department, Caller caller) {
    var plans = readable(year, department, caller, versions.approvedOf(year));
    var targets = targetsById(year);
    var activitiesByTarget = new LinkedHashMap<Long, List<WorkPlanLinkage.ActivityRef>>();
    var withoutTarget = new ArrayList<WorkPlanLinkage.ActivityRef>();
    var activitiesByEmphasis = new LinkedHashMap<Integer, List<WorkPlanLinkage.ActivityRef>>();
    var bySource = new LinkedHashMap<String, BigDecimal>();
    for (WorkPlanVersion plan : plans) {
      for (Activity activity : plan.activities()) {
        var ref = new WorkPlanLinkage.ActivityRef(plan.departmentId(), organization.unitName(plan.departmentId()),
            activity.id(), activity.title(), activity.total());
        if (activity.targetIds().isEmpty()) {
          withoutTarget.add(ref);
        }
        activity.targetIds().forEach(id -> activitiesByTarget.computeIfAbsent(id, key -> new ArrayList<>()).add(ref));
        activity.emphases().forEach(number -> activitiesByEmphasis.computeIfAbsent(number, key -> new ArrayList<>())
            .add(ref));
        activity.lines().forEach(line -> bySource.merge(line.source().label(), line.counted(), BigDecimal::add));
      }
    }
    boolean wholeCity = department.isEmpty() && WorkPlanService.readsAll(caller);
    var linked = new ArrayList<WorkPlanLinkage.TargetLink>();
    var unserved = new ArrayList<WorkPlanLinkage.TargetLink>();
    for (ApprovedTarget target : targets.values()) {
      var activities = activitiesByTarget.getOrDefault(target.id(), List.of());
      boolean relevant = wholeCity || !activities.isEmpty()
          || plans.stream().anyMatch(plan -> target.ownedBy(plan.departmentId()));
      if (!relevant) {
        continue;
      }
      var link = new WorkPlanLinkage.TargetLink(target.id(), target.domainName(), target.goal(), target.target(),
          target.ownerDepartmentIds(), activities, activities.stream().map(WorkPlanLinkage.ActivityRef::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add));
      (activities.isEmpty() ? unserved : linked).add(link);
    }
    var emphases = new ArrayList<WorkPlanLinkage.EmphasisLink>();
    var emphasesUnserved = new ArrayList<WorkPlanLinkage.EmphasisLink>();
    for (var emphasis : WorkPlanView.EmphasisRef.numbered(goals.emphases(year))) {
      var activities = activitiesByEmphasis.getOrDefault(emphasis.number(), List.of());
      if (wholeCity || !activities.isEmpty()) {
        var link = new WorkPlanLinkage.EmphasisLink(emphasis.number(), emphasis.text(), activities,
            activities.stream().map(WorkPlanLinkage.ActivityRef::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        emphases.add(link);
        if (activities.isEmpty()) {
          emphasesUnserved.add(link);
        }
      }
    }
    var total = plans.stream().map(WorkPlanVersion::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new WorkPlanLinkage(year, linked, bySource.entrySet().stream()
        .map(entry -> new WorkPlanLinkage.SourceTotal(entry.getKey(), entry.getValue())).toList(), total, unserved,
        withoutTarget, emphases, emphasesUnserved);
  }

  /** How the plan in force was amended since first approved, with what that plan came to; null if never amended. */
  private static String amended(WorkPlanVersion plan, Map<String, WorkPlanVersion> firstApproved) {
    var first = firstApproved.get(plan.departmentId());
    if (plan.amendment() == 0 || first == null || first.number() == plan.number()) {
      return null;
    }
    return "תיקון " + plan.amendment() + ": " + plan.amendmentReason() + "; בתכנית שאושרה במקור (גרסה " + first.number()
        + ") " + Shekels.format(first.total());
  }

  /** The plans the caller reads, each the plan in force: its newest of {@code approved}, else its newest version. */
  private List<WorkPlanVersion> readable(int year, Optional<String> department, Caller caller,
      List<WorkPlanVersion> approved) {
    department.ifPresent(id -> {
      if (organization.department(id).filter(unit -> unit.id().equals(id)).isEmpty()) {
        throw WorkPlanProblems.noDepartment(id);
      }
      if (!WorkPlanService.readsAll(caller) && !organization.reads(caller, id)) {
        throw WorkPlanProblems.notYours(organization.unitName(id));
      }
    });
    var inForce = new HashMap<String, WorkPlanVersion>();
    approved.forEach(version -> inForce.put(version.departmentId(), version));
    return WorkPlanService.newestInOrganisationOrder(versions, organization, year).stream()
        .filter(plan -> department.map(plan.departmentId()::equals)
            .orElse(WorkPlanService.readsAll(caller) || organization.reads(caller, plan.departmentId())))
        // an amendment under way leaves the plan in force in the book
        .map(plan -> inForce.getOrDefault(plan.departmentId(), plan))
        .toList();
  }

  private Map<Long, ApprovedTarget> targetsById(int year) {
    return WorkPlanService.byId(goals.approvedTargets(year));
  }

  /** Every emphasis of the year with the money of the activities that serve it; one that none serves says so. */
  private static List<BookOfWorkPlans.Total> emphasisTotals(List<String> emphases, Map<Integer, BigDecimal> sums) {
    return WorkPlanView.EmphasisRef.numbered(emphases).stream().map(emphasis -> new BookOfWorkPlans.Total(
        emphasis.number() + ". " + emphasis.text() + (sums.containsKey(emphasis.number()) ? "" : BookText.UNSERVED),
        sums.getOrDefault(emphasis.number(), BigDecimal.ZERO))).toList();
  }

  private static List<BookOfWorkPlans.Total> totals(Map<String, BigDecimal> sums) {
    return sums.entrySet().stream().map(entry -> new BookOfWorkPlans.Total(entry.getKey(), entry.getValue())).toList();
  }
}
