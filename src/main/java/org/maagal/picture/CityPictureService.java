package org.maagal.picture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maagal.assessment.AssessmentService;
import org.maagal.assessment.AssessmentView;
import org.maagal.assessment.ChannelRubricView;
import org.maagal.assessment.CityDataView;
import org.maagal.forms.FormValues;
import org.maagal.goals.GoalTreeService;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.organization.Unit;
import org.maagal.review.ResultsView;
import org.maagal.review.ReviewService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles the city's picture from what phase 1 stored (and, once the planning starts, the CEO's emphases and the
 * teams' recommendations), and keeps the strategy unit's summary when it closes the phase. Those who plan the city
 * read it ({@link Organization#plansTheCity}): the management and the steering and design committees.
 */
@Service
public class CityPictureService {

  static final String NOT_SUBMITTED = "טרם הוגשה";

  private final CityPictures closures;
  private final AssessmentService assessments;
  private final ReviewService reviews;
  private final GoalTreeService goals;
  private final Organization organization;
  private final Clock clock;

  CityPictureService(CityPictures closures, AssessmentService assessments, ReviewService reviews,
      GoalTreeService goals, Organization organization, Clock clock) {
    this.closures = closures;
    this.assessments = assessments;
    this.reviews = reviews;
    this.goals = goals;
    this.organization = organization;
    this.clock = clock;
  }

  /** The year's picture for a planner; a refusal for anyone else, and when nothing of the year has come in. */
  @Transactional(readOnly = true)
  CityPictureView read(int year, Caller caller) {
    if (!organization.plansTheCity(caller)) {
      throw PictureProblems.notAPlanner();
    }
    var picture = compile(year);
    if (picture.empty()) {
      throw PictureProblems.nothingYet(year);
    }
    return picture;
  }

  /** The strategy unit's summary closes the situation assessment of the year. */
  @Transactional
  void close(int year, String summary, String by) {
    var problems = new ArrayList<String>();
    if (summary == null || summary.isBlank()) {
      problems.add("חסר סיכום של תמונת העיר");
    } else if (summary.length() > CityPicture.MAX_SUMMARY) {
      problems.add("הסיכום ארוך מ-" + CityPicture.MAX_SUMMARY + " תווים");
    }
    if (!problems.isEmpty()) {
      throw FormValues.refuse(problems);
    }
    closures.save(new CityPicture(year, summary.strip(), by, Instant.now(clock)));
  }

  @Transactional(readOnly = true)
  public CityPictureView compile(int year) {
    var closure = closures.findById(year);
    var assessed = assessments.newestOfEachDepartment(year).stream()
        .collect(Collectors.toMap(AssessmentView::departmentId, Function.identity()));
    var carried = carriedGaps(year, assessed);
    var recommendations = goals.channelRecommendations(year).entrySet().stream()
        .map(entry -> new CityPictureView.Recommendation(entry.getKey(), entry.getValue())).toList();
    return new CityPictureView(year, organization.municipalityName(), closure.isPresent(),
        closure.map(c -> organization.personName(c.closedBy())).orElse(null),
        closure.map(CityPicture::closedAt).orElse(null), closure.map(CityPicture::summary).orElse(null),
        city(year), channels(year), domains(assessed, carried), carried, goals.managementEmphases(year),
        recommendations);
  }

  private CityPictureView.City city(int year) {
    var now = assessments.newestCityData(year).map(CityDataView::figures).orElse(null);
    var before = assessments.newestCityData(year - 1).map(CityDataView::figures).orElse(null);
    var figures = List.of(
        figure("שביעות רצון התושבים (%)", now, before, CityDataView.Figures::residentSatisfaction),
        figure("משיבים לסקר", now, before, f -> decimal(f.surveyRespondents())),
        figure("מספר התושבים", now, before, f -> decimal(f.population())));
    return new CityPictureView.City(figures, now == null ? null : now.findings(), sources(now), sources(before));
  }

  private static CityPictureView.Figure figure(String label, CityDataView.Figures now, CityDataView.Figures before,
      Function<CityDataView.Figures, BigDecimal> value) {
    BigDecimal current = now == null ? null : value.apply(now);
    BigDecimal last = before == null ? null : value.apply(before);
    return new CityPictureView.Figure(label, current, last,
        current == null || last == null ? null : current.subtract(last));
  }

  private static BigDecimal decimal(Integer value) {
    return value == null ? null : BigDecimal.valueOf(value);
  }

  private static String sources(CityDataView.Figures figures) {
    if (figures == null) {
      return null;
    }
    return "סקר תושבים " + (figures.surveyYear() == null ? "" : figures.surveyYear())
        + (figures.yearbookYear() == null ? "" : "; שנתון סטטיסטי " + figures.yearbookYear());
  }

  /** The teams in the organisation's order, each with its rubric beside last year's, arena by arena. */
  private List<CityPictureView.Channel> channels(int year) {
    return assessments.rubrics(year).stream().map(rubric -> new CityPictureView.Channel(rubric.teamId(),
        rubric.teamName(), rubric.picture(), rubric.arenas().stream().map(CityPictureService::arena).toList()))
        .toList();
  }

  private static CityPictureView.Arena arena(ChannelRubricView.ArenaResult arena) {
    return new CityPictureView.Arena(arena.name(), arena.average(), arena.lastYear(), arena.change(),
        arena.criteria().stream().map(criterion -> new CityPictureView.Score(criterion.name(), criterion.score(),
            criterion.lastYear(), criterion.change(), criterion.comment())).toList());
  }

  /**
   * Every department under its first domain, in the organisation's order; the domains in the tree's order. What
   * became of carried gaps is shown only of a department that has them.
   */
  private List<CityPictureView.DomainPart> domains(Map<String, AssessmentView> newest,
      List<CityPictureView.CarriedGaps> carried) {
    var withCarriedGaps = carried.stream().map(CityPictureView.CarriedGaps::departmentId).collect(Collectors.toSet());
    var byDomain = new LinkedHashMap<String, List<CityPictureView.DepartmentPart>>();
    organization.domains().forEach(domain -> byDomain.put(domain.id(), new ArrayList<>()));
    for (Unit department : organization.departments()) {
      String domain = department.domains().isEmpty() ? null : department.domains().get(0);
      byDomain.computeIfAbsent(domain, id -> new ArrayList<>()).add(part(department, newest.get(department.id()),
          withCarriedGaps.contains(department.id())));
    }
    return byDomain.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
        .map(entry -> new CityPictureView.DomainPart(entry.getKey(), entry.getKey() == null ? "ללא תחום"
            : organization.domain(entry.getKey()).map(d -> d.name()).orElse(entry.getKey()), entry.getValue()))
        .toList();
  }

  private static CityPictureView.DepartmentPart part(Unit department, AssessmentView assessment,
      boolean hasCarriedGaps) {
    if (assessment == null) {
      return new CityPictureView.DepartmentPart(department.id(), department.name(), NOT_SUBMITTED, false, false,
          null, null, null, null, null);
    }
    var answers = assessment.answers();
    return new CityPictureView.DepartmentPart(department.id(), department.name(), assessment.statusName(),
        assessment.submittedAt() != null, answers.nothingToReport(), answers.state(), answers.achievements(),
        answers.gaps(), answers.challenges(), hasCarriedGaps ? answers.carriedGapsFollowUp() : null);
  }

  /** Last year's gaps that the steering committee carried into this year, by department, with its follow-up. */
  private List<CityPictureView.CarriedGaps> carriedGaps(int year, Map<String, AssessmentView> assessed) {
    var followUps = assessed.values().stream().filter(a -> a.answers().carriedGapsFollowUp() != null)
        .collect(Collectors.toMap(AssessmentView::departmentId, a -> a.answers().carriedGapsFollowUp()));
    var byDepartment = reviews.carriedGaps(year - 1).stream().collect(Collectors.groupingBy(
        ResultsView.GapView::departmentId, LinkedHashMap::new, Collectors.toList()));
    return byDepartment.entrySet().stream().map(entry -> new CityPictureView.CarriedGaps(entry.getKey(),
        entry.getValue().get(0).departmentName(), entry.getValue().stream()
            .map(gap -> new CityPictureView.Gap(gap.title(), gap.explanation(), gap.treatment())).toList(),
        followUps.get(entry.getKey()))).toList();
  }
}
