package org.maagal.demo;

import org.maagal.meetings.Choice;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.maagal.assessment.ChannelPictureForm;
import org.maagal.budget.BudgetBook;
import org.maagal.budget.BudgetClause;
import org.maagal.cycle.CycleService;
import org.maagal.goals.ApprovedTarget;
import org.maagal.goals.GoalTreeService;
import org.maagal.measurement.MeasurementService;
import org.maagal.measurement.Round;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.maagal.publication.PublicationService;
import org.maagal.publication.PublishedPart;
import org.maagal.review.GapInput;
import org.maagal.review.ReviewService;
import org.maagal.workplans.ActivityInput;
import org.maagal.workplans.BudgetLineInput;
import org.maagal.workplans.BudgetRequestInput;
import org.maagal.workplans.RequestDecision;
import org.maagal.workplans.RequestStatus;
import org.maagal.workplans.WorkPlanService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Drives a cycle of the demo municipality from its start to the end of its review: each phase's tasks are
 * done by the demo people they are routed to, with plausible answers; plans, reports and gaps go through the
 * features' services as the pages and the API use them; the measurement rounds open when this executes their
 * timers. A cycle already started is taken on from where it stands.
 */
@Component
public class DemoYear {

  private static final Logger log = LoggerFactory.getLogger(DemoYear.class);
  /** The department whose plan in the seeds carries an additional budget request. */
  private static final String EARLY_CHILDHOOD = "early-childhood";

  private final DemoPeople people;
  private final CycleService cycles;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final Organization organization;
  private final GoalTreeService goals;
  private final BudgetBook budget;
  private final WorkPlanService plans;
  private final MeasurementService measurement;
  private final ReviewService review;
  private final ProcessFacts facts;
  private final MeetingsAtOnce meetings;
  private final DemoMeetings committees;
  private final DemoControl control;
  private final DemoAmendment amendment;
  private final PublicationService publications;

  DemoYear(DemoPeople people, CycleService cycles, TaskService tasks, RuntimeService runtime,
      Organization organization, GoalTreeService goals, BudgetBook budget, WorkPlanService plans,
      MeasurementService measurement, ReviewService review, ProcessFacts facts,
      MeetingsAtOnce meetings, DemoMeetings committees, DemoControl control, DemoAmendment amendment,
      PublicationService publications) {
    this.publications = publications;
    this.meetings = meetings;
    this.control = control;
    this.amendment = amendment;
    this.committees = committees;
    this.facts = facts;
    this.people = people;
    this.cycles = cycles;
    this.tasks = tasks;
    this.runtime = runtime;
    this.organization = organization;
    this.goals = goals;
    this.budget = budget;
    this.plans = plans;
    this.measurement = measurement;
    this.review = review;
  }

  /** The CEO's emphases of the demo year, a line each. */
  static final List<String> EMPHASES = List.of("1. חיזוק החינוך הבלתי פורמלי", "2. התחדשות עירונית",
      "3. שירות דיגיטלי לתושב", "4. מיצוי משאבים חיצוניים");

  /**
   * The whole year: start, situation assessment, planning, work plans, both measurement rounds, review, and the
   * year on the public site.
   */
  public void run(int year) {
    log.info("Demo year {}: starting the cycle", year);
    committees.programmeFocus(year);
    start(year);
    log.info("Demo year {}: phase 1, the situation assessment", year);
    situationAssessment(year);
    log.info("Demo year {}: the working teams meet on their channels", year);
    committees.workingTeams(year);
    log.info("Demo year {}: phase 2, goal planning", year);
    goalPlanning(year);
    log.info("Demo year {}: phase 3, the work plans", year);
    workPlans(year);
    log.info("Demo year {}: phase 4, the semi-annual round", year);
    measurementRound(year, Round.SEMI_ANNUAL);
    log.info("Demo year {}: phase 4, the mid-year control", year);
    control.midYearControl(year);
    log.info("Demo year {}: the youth plan is amended after the control", year);
    amendment.amendMidYear(year, organization.unit(DemoAmendment.DEPARTMENT).orElseThrow().manager());
    log.info("Demo year {}: the steering committee reviews the mid-year control report", year);
    committees.steeringAfterTheSemiAnnualRound(year);
    log.info("Demo year {}: phase 4, the annual round", year);
    measurementRound(year, Round.ANNUAL);
    log.info("Demo year {}: phase 5, the review", year);
    review(year);
    committees.ownersReportTheirActionItems(year);
    log.info("Demo year {}: the steering committee publishes the year on the public site", year);
    publish(year);
    log.info("Demo year {} is done: results at /review/?year={} and /api/cycles/{}/results", year, year, year);
  }

  private void start(int year) {
    try {
      cycles.start(year, organization.peopleWith(Role.STRATEGY_UNIT).get(0).id());
    } catch (ErrorResponseException exists) {
      if (exists.getStatusCode() != HttpStatus.CONFLICT) {
        throw exists;
      }
      log.info("Demo year {}: the cycle exists; taking it on from where it stands", year);
    }
    people.awaitJobs();
  }

  // --- phases 1 and 2

  private void situationAssessment(int year) {
    people.completeAll(year, "submitDepartmentAssessment", task -> {
      String name = organization.unitName(departmentOf(task));
      var answers = new HashMap<String, Object>(Map.of("state", name + " פועלת במלוא היקפה; צוות קבוע ותקציב שגרה יציב.",
          "achievements", "הושלמו רוב פעילויות השנה; שיתופי פעולה חדשים עם ארגוני הקהילה.",
          "gaps", "חלק מהיעדים לא הושגו בשל עיכובים בתקצוב ובגיוס כוח אדם.",
          "challenges", "גידול באוכלוסייה ובביקוש לשירותים, במקביל לצמצום תקציבי."));
      // the form asks what became of last year's carried gaps only of a department that has them
      if (people.variable(task, "carriedGaps") instanceof String carried && !carried.isBlank()) {
        answers.put("carriedGapsFollowUp", "הפערים שעברו נכנסו לתכנית העבודה: חלקם נסגרו, והיתר עוברים ליעדי השנה.");
      }
      return answers;
    });
    people.completeAll(year, "reviewDepartmentAssessment", task -> Map.of("reviewDecision", "accept"));
    people.completeAll(year, "submitCityData", task -> Map.of("residentSatisfaction", 72.4, "surveyYear", year - 1,
        "surveyRespondents", 1250, "population", 48700, "yearbookYear", year - 1,
        "findings", "שביעות הרצון עלתה בשירותי החינוך וירדה בתחבורה ובחניה; האוכלוסייה צעירה וגדלה."));
    people.completeAll(year, "describeChannel", task -> {
      var values = new HashMap<String, Object>(Map.of(ChannelPictureForm.PICTURE,
          "תמונת המצב של האפיק: שירותים קיימים, פערים מול צורכי התושבים והזדמנויות לשנה הבאה."));
      // the team scores every criterion its form shows: the places that have a criterion's name
      String teamId = facts.of(task).teamId();
      for (int place = 1; place <= ChannelPictureForm.PLACES
          && people.variable(task, ChannelPictureForm.criterion(place)) != null; place++) {
        values.put(ChannelPictureForm.score(place), String.valueOf(rubricScore(teamId, place, year)));
        if (place % 3 == 1) {
          values.put(ChannelPictureForm.comment(place), "הערכת הצוות לפי המחוון, לאור העבודה בשנה החולפת");
        }
      }
      return values;
    });
    people.completeAll(year, "closeSituationAssessment", task -> Map.of("pictureSummary",
        "העיר צעירה וגדלה, ושביעות הרצון מהחינוך עלתה; התחבורה והחניה הן נקודת התורפה שהתושבים מציינים. המחלקות "
            + "מדווחות על עיכובים בתקצוב ובגיוס כוח אדם. לוועדה המעצבת: לשמור על הישגי החינוך, להציב יעד "
            + "מדיד לתחבורה ולחניה, ולטפל בפערים שעברו מהשנה הקודמת."));
  }

  private void goalPlanning(int year) {
    people.completeAll(year, "setManagementEmphases", task -> Map.of("emphases", String.join("\n",
        DemoYear.EMPHASES)));
    people.completeAll(year, "recommendChannelGoals", task -> Map.of("recommendation",
        "להמשיך את מטרות האפיק ולחזק את היעדים שבהם נמצא פער בהערכת המצב."));
    people.completeAll(year, "draftGoalTree", task -> {
      reviseTargets(year, people.personFor(task));
      return Map.of("draftReady", true,
          "draftNotes", "הטיוטה נשענת על העץ המאושר של השנה הקודמת ועל המלצות הצוותים; יעדים שהושגו או שמועדם עבר עודכנו.");
    });
    committees.designCommittee(year);
    people.completeAll(year, "castVote", task -> Map.of("vote", "for"));
    meetings.holdNow(organization.steeringCommittee().id(), year, Choice.FOR, "עץ המטרות " + year + " מאושר");
    people.awaitJobs();
  }

  /** The design committee downloads the draft, renews the targets met or past their year, and imports it back. */
  private void reviseTargets(int year, String chair) {
    var revised = DemoTargets.revise(goals.newestAsCsv(year), year);
    if (revised != null) {
      goals.importDraft(year, "עץ-מטרות-" + year + "-יעדים-מעודכנים.csv", "text/csv", revised, chair);
    }
  }

  // --- phase 3

  private void workPlans(int year) {
    var targets = goals.approvedTargets(year);
    people.completeAll(year, "draftWorkPlan", task -> {
      planFor(year, departmentOf(task), people.personFor(task), targets);
      askForMore(year, departmentOf(task), people.personFor(task));
      return Map.of("planReady", true);
    });
    people.completeAll(year, "reviewAlignment", task -> Map.of("workPlanDecision", "approve"));
    people.completeAll(year, "reviewBudget", task -> {
      decideAdditionalRequests(year, departmentOf(task), people.personFor(task));
      return Map.of("workPlanDecision", "approve");
    });
    people.completeAll(year, "approveWorkPlan", task -> Map.of("workPlanDecision", "approve"));
    people.completeAll(year, "compileBook", task -> Map.of("bookReady", true));
    meetings.holdNow(organization.steeringCommittee().id(), year, Choice.FOR, "ספר תכניות העבודה " + year + " מאושר");
    people.awaitJobs();
  }

  /**
   * The early-childhood department asks, beyond its book, for the professionals' training to go on (consultants,
   * workshops, supervision), as the seeds' plan does.
   */
  private void askForMore(int year, String departmentId, String manager) {
    var plan = plans.plan(year, departmentId, people.caller(manager));
    if (!EARLY_CHILDHOOD.equals(departmentId) || plan.activities().isEmpty()
        || !plan.activities().get(0).requests().isEmpty()) {
      return;
    }
    plans.addRequest(year, departmentId, plan.activities().get(0).id(), new BudgetRequestInput("180,000",
        "המשך הכשרת נשות המקצוע בגיל הרך: יועצים, סדנאות להורים והדרכה (סופרוויז'ן) לרכזת", "GOVERNMENT",
        "משרד החינוך"), people.caller(manager));
  }

  /** Finance gives part of what was asked, in a new clause, and leaves the rest to next year's budget proposal. */
  private void decideAdditionalRequests(int year, String departmentId, String financeOfficer) {
    var caller = people.caller(financeOfficer);
    for (var activity : plans.plan(year, departmentId, caller).activities()) {
      for (var request : activity.requests()) {
        if (request.status() == RequestStatus.REQUESTED) {
          plans.decideRequest(year, departmentId, request.id(), new RequestDecision(RequestStatus.PARTLY_APPROVED,
              "120,000", "1812200790", "ההדרכה והסדנאות אושרו; היועצים יוגשו בהצעת התקציב של " + (year + 1)), caller);
        }
      }
    }
  }

  /** Two activities toward the department's own targets (else its domains'), each with a line on one of its clauses. */
  private void planFor(int year, String departmentId, String manager, List<ApprovedTarget> targets) {
    var caller = people.caller(manager);
    if (!plans.plan(year, departmentId, caller).activities().isEmpty()) {
      return;
    }
    var unit = organization.unit(departmentId).orElseThrow();
    var own = targets.stream().filter(target -> target.ownedBy(departmentId)).toList();
    if (own.isEmpty()) {
      own = targets.stream().filter(target -> unit.domains().contains(target.domainId())).toList();
    }
    var clauses = budget.clausesOf(year, departmentId);
    int departmentIndex = organization.departmentIds().indexOf(departmentId);
    for (int i = 0; i < 2; i++) {
      var target = own.isEmpty() ? null : own.get(i % own.size());
      String title = target == null ? "שיפור השירות לתושב ב" + unit.name() : "קידום היעד: " + target.target();
      var start = LocalDate.of(year, 1 + i * 3, 1);
      var plan = plans.addActivity(year, departmentId, new ActivityInput(title, "מנהל/ת " + unit.name(), start,
          LocalDate.of(year, 10 + i, 30), List.of("תכנון והיערכות", "יציאה לביצוע", "ביצוע מלא", "סיכום והפקת לקחים"),
          "דוח ביצוע רבעוני", target == null ? List.of() : List.of(target.id()),
          // the activities serve the first three emphases; the fourth, external funding, is left for the control
          List.of(1 + (departmentIndex + i) % (EMPHASES.size() - 1))), caller);
      if (!clauses.isEmpty()) {
        BudgetClause clause = clauses.get(i % clauses.size());
        int sharers = clauses.size() == 1 ? 2 : 1;
        var activity = plan.activities().get(plan.activities().size() - 1);
        plans.addLine(year, departmentId, activity.id(), new BudgetLineInput(clause.code(),
            DemoFigures.planned(year, clause.code(), clause.amount(), sharers).toPlainString()), caller);
      }
    }
  }

  // --- phase 4

  private void measurementRound(int year, Round round) {
    var phase = runtime.createProcessInstanceQuery().processDefinitionKey("measurement")
        .variableValueEquals("year", year).singleResult();
    if (phase != null && people.open(year, "fillMeasurementReport").isEmpty()) {
      people.fireTimer(phase.getId());
    }
    people.completeAll(year, "fillMeasurementReport", task -> {
      fill(year, departmentOf(task), round, people.personFor(task));
      return Map.of("reportReady", true);
    });
    // in the semi-annual round the strategy unit sends the first report back once, as it does in life
    var first = people.open(year, "validateMeasurementReport");
    if (round == Round.SEMI_ANNUAL && !first.isEmpty()) {
      String returned = first.get(0).getId();
      people.completeAll(year, "validateMeasurementReport", task -> task.getId().equals(returned)
          ? Map.of("reportDecision", "return", "reviewComments", "נא להוסיף הערה לכל מדד שלא הגיע ליעד")
          : Map.of("reportDecision", "accept"));
      people.completeAll(year, "fillMeasurementReport", task -> {
        noteShortfalls(year, departmentOf(task), round, people.personFor(task));
        return Map.of("reportReady", true);
      });
    }
    people.completeAll(year, "validateMeasurementReport", task -> Map.of("reportDecision", "accept"));
  }

  private void fill(int year, String departmentId, Round round, String manager) {
    var caller = people.caller(manager);
    var report = measurement.report(year, departmentId, round, caller);
    for (var indicator : report.indicators()) {
      var actual = DemoFigures.actual(year, departmentId, indicator, round);
      if (actual != null) {
        measurement.setIndicator(year, departmentId, round, indicator.position(), actual.toPlainString(), null,
            caller);
      }
    }
    for (var activity : report.activities()) {
      boolean late = DemoFigures.late(year, activity.activityId(), round);
      String status = late ? "DELAYED" : round == Round.ANNUAL ? "DONE" : "IN_PROGRESS";
      measurement.setActivityStatus(year, departmentId, round, activity.activityId(), status,
          late ? "עיכוב בהליך הרכש ובגיוס הצוות" : null, caller);
    }
    for (var line : report.spending()) {
      measurement.setSpending(year, departmentId, round, line.lineId(),
          DemoFigures.spent(year, line.lineId(), line.planned(), round).toPlainString(), caller);
    }
  }

  private void noteShortfalls(int year, String departmentId, Round round, String manager) {
    var caller = people.caller(manager);
    for (var indicator : measurement.report(year, departmentId, round, caller).indicators()) {
      if (indicator.actual() != null) {
        measurement.setIndicator(year, departmentId, round, indicator.position(), indicator.actual().toPlainString(),
            "הערך לפי נתוני המחלקה בסוף המחצית", caller);
      }
    }
  }

  // --- phase 5

  private void review(int year) {
    people.completeAll(year, "completeGapList", task -> {
      addStrategyUnitGap(year, people.personFor(task));
      return Map.of("gapsReady", true);
    });
    people.completeAll(year, "explainGap", task -> explanationOf(review.gap(
        facts.of(task).number(Fact.GAP_ID)).kind()));
    people.completeAll(year, "recordLessons", task -> Map.of(
        "lessons", "דיווח חצי שנתי מוקדם מאפשר תיקון בזמן; יש לקשור כל פעילות ליעד כבר בשלב התכנון.",
        "successes", "כל המחלקות דיווחו במועד; רוב היעדים בחינוך ובקהילה הושגו."));
    String chair = organization.steeringCommittee().chair();
    review.gaps(year, people.caller(chair)).stream().filter(gap -> "strategy-unit".equals(gap.source()))
        .findFirst().ifPresent(gap -> review.carry(year, gap.id(), false, people.caller(chair)));
    meetings.holdNow(organization.steeringCommittee().id(), year, Choice.FOR,
        "הפערים עוברים להערכת המצב של " + (year + 1) + ", מלבד הפער שסומן כלא עובר");
    people.awaitJobs();
  }

  /** The strategy unit proposes the year's tree, money and results for the public site; the steering committee approves. */
  private void publish(int year) {
    var strategist = people.caller(organization.peopleWith(Role.STRATEGY_UNIT).get(0).id());
    for (PublishedPart part : PublishedPart.values()) {
      publications.propose(year, part.name(), strategist);
    }
    meetings.holdNow(organization.steeringCommittee().id(), year, Choice.FOR, "מאושר לפרסום באתר הציבורי");
    people.awaitJobs();
  }

  /** What a department says of its gap, by what the gap is about. */
  private static Map<String, Object> explanationOf(String kind) {
    return switch (kind) {
      case "red-target" -> Map.of(
          "explanation", "ההרשמה נפתחה באיחור והפרסום לא הגיע לשכונות החדשות; היקף המשתתפים נמוך מהמתוכנן.",
          "treatment", "פתיחת ההרשמה כבר ביוני, פרסום בשכונות החדשות ושותפות עם ארגון קהילתי; מעקב חודשי.");
      case "low-adherence" -> Map.of(
          "explanation", "הליך הרכש נמשך חצי שנה וגיוס הצוות התעכב, ולכן חלק מהפעילויות לא הסתיימו בזמן.",
          "treatment", "הקדמת הרכש לרבעון הראשון ותכנון אבני דרך ריאליות; דיווח רבעוני למנהל/ת האגף.");
      default -> Map.of(
          "explanation", "אין נוהל מוסכם להעברת פניות בין המחלקות, והאחריות לא הוגדרה.",
          "treatment", "נוהל העברת פניות, בעל תפקיד מתכלל ומעקב במערכת הפניות.");
    };
  }

  /** The strategy unit adds a gap of its own to the rules' list, for a department the rules left out. */
  private void addStrategyUnitGap(int year, String strategist) {
    var caller = people.caller(strategist);
    var flagged = review.departmentsWithGaps(year);
    organization.departments().stream()
        .filter(unit -> !flagged.contains(unit.id()) && !unit.domains().contains("internal")).map(unit -> unit.id())
        .findFirst().ifPresent(id ->
        review.add(year, new GapInput(id, "תיאום בין-אגפי חלקי בהפעלת השירותים לתושב",
            "עלה בדיוני הצוותים: פניות שעוברות בין מחלקות נענות באיחור"), caller));
  }

  /**
   * A criterion's demo score, 2 to 5: two criteria of three move from year to year (up or down), so that two demo
   * years show a change; every third one holds.
   */
  private static int rubricScore(String teamId, int place, int year) {
    return 2 + Math.floorMod(place * 7 + teamId.length() * 3 + year * (place % 3), 4);
  }

  private String departmentOf(Task task) {
    return facts.of(task).departmentId();
  }
}
