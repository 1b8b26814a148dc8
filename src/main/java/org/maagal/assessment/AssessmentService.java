package org.maagal.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.maagal.api.Problems;
import org.maagal.organization.Organization;
import org.maagal.forms.FormValues;
import org.maagal.reviewing.ReviewStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores what the situation assessment's forms submit, and shows it to those who may read it. */
@Service
public class AssessmentService {


  private final DepartmentAssessments assessments;
  private final CityDataRecords cityData;
  private final ChannelPictures pictures;
  private final Organization organization;
  private final Clock clock;

  AssessmentService(DepartmentAssessments assessments, CityDataRecords cityData, ChannelPictures pictures,
      Organization organization, Clock clock) {
    this.assessments = assessments;
    this.cityData = cityData;
    this.pictures = pictures;
    this.organization = organization;
    this.clock = clock;
  }

  /**
   * The department's answers fill the draft of its assessment and submit it: its first revision, or the copy
   * that a return opened. Answers that cannot be stored are refused whole. Nothing to report needs no review:
   * the revision is approved at once.
   */
  @Transactional
  DepartmentAssessment submit(int year, String departmentId, AssessmentAnswers answers, String by) {
    var problems = answers.problems();
    if (!problems.isEmpty()) {
      throw FormValues.refuse(problems);
    }
    var now = Instant.now(clock);
    var what = what(departmentId);
    var draft = assessments.findFirstByCycleYearAndDepartmentIdOrderByReviewedNumberDesc(year, departmentId)
        // a revision returned before returns opened the next draft has none yet
        .map(newest -> newest.status() == ReviewStatus.RETURNED ? newest.nextDraft(what, by, now) : newest)
        .orElseGet(() -> DepartmentAssessment.first(year, departmentId, by, now));
    draft.fill(answers);
    draft.reviewed().submit(what, by, now);
    if (answers.nothingToReport()) {
      draft.reviewed().decide(what, true, null, Organization.SYSTEM, now);
    }
    return assessments.save(draft);
  }

  /** The strategy unit approves the assessment, or returns it for completion with a note: the next draft is a copy. */
  @Transactional
  void review(long assessmentId, boolean accepted, String note, String by) {
    var assessment = assessments.findById(assessmentId).orElseThrow();
    var what = what(assessment.departmentId());
    var now = Instant.now(clock);
    assessment.reviewed().decide(what, accepted, note, by, now);
    if (!accepted) {
      assessments.save(assessment.nextDraft(what, by, now));
    }
  }

  /** The assessment as the shared life's refusals name it. */
  private String what(String departmentId) {
    return "הערכת המצב של " + organization.unitName(departmentId);
  }

  @Transactional
  void submitCityData(int year, CityDataView.Figures figures, String by) {
    var problems = figures.problems();
    if (!problems.isEmpty()) {
      throw FormValues.refuse(problems);
    }
    cityData.save(new CityData(year, figures, by, Instant.now(clock)));
  }

  @Transactional
  void submitChannelPicture(int year, String teamId, String picture, List<ChannelPictureView.ArenaScore> scores,
      String by) {
    var problems = new ArrayList<String>();
    if (picture == null) {
      problems.add("חסרה תמונת המצב של האפיק");
    }
    scores.stream().filter(score -> score.score() < 1 || score.score() > 5)
        .forEach(score -> problems.add(score.arena().hebrewName() + ": הציון חייב להיות בין 1 ל-5"));
    if (!problems.isEmpty()) {
      throw FormValues.refuse(problems);
    }
    pictures.save(new ChannelPicture(year, teamId, picture, scores, by, Instant.now(clock)));
  }

  /**
   * One page of every revision of every department's assessment that the reader may see, by
   * department id, each department's newest revision first; the total counts only those too.
   */
  @Transactional(readOnly = true)
  PageOf<AssessmentView> assessments(int year, Reader reader, PageQuery page) {
    var found = reader.readsAll()
        ? assessments.findByCycleYearOrderByDepartmentIdAscReviewedNumberDesc(year, page.pageable())
        : assessments.findByCycleYearAndDepartmentIdInOrderByDepartmentIdAscReviewedNumberDesc(year,
            reader.departmentIds(), page.pageable());
    return PageOf.of(found.map(this::view));
  }

  /** One page of a department's revisions, newest first. */
  @Transactional(readOnly = true)
  PageOf<AssessmentView> assessmentsOf(int year, String departmentId, Reader reader, PageQuery page) {
    if (!reader.mayRead(departmentId)) {
      throw Problems.problem(HttpStatus.FORBIDDEN, "Not your department",
          what(departmentId) + " גלויה למחלקה וליחידה לתכנון אסטרטגי בלבד");
    }
    return PageOf.of(assessments.findByCycleYearAndDepartmentIdInOrderByDepartmentIdAscReviewedNumberDesc(year,
        List.of(departmentId), page.pageable()).map(this::view));
  }

  /** Where each department's assessment of the year stands: its newest revision's review; absent until submitted. */
  @Transactional(readOnly = true)
  public Map<String, ReviewStatus> statusByDepartment(int year) {
    var statuses = new LinkedHashMap<String, ReviewStatus>();
    assessments.findByCycleYearOrderByDepartmentIdAscReviewedNumberDesc(year, Pageable.unpaged())
        .forEach(assessment -> statuses.putIfAbsent(assessment.departmentId(), assessment.status()));
    return statuses;
  }

  /** Each department's newest revision of the year's assessment, for the city's picture; none until submitted. */
  @Transactional(readOnly = true)
  public List<AssessmentView> newestOfEachDepartment(int year) {
    var newest = new LinkedHashMap<String, AssessmentView>();
    assessments.findByCycleYearOrderByDepartmentIdAscReviewedNumberDesc(year, Pageable.unpaged())
        .forEach(assessment -> newest.computeIfAbsent(assessment.departmentId(), id -> view(assessment)));
    return List.copyOf(newest.values());
  }

  /** The research desk's newest city data of the year. */
  @Transactional(readOnly = true)
  public Optional<CityDataView> newestCityData(int year) {
    return cityData(year).stream().findFirst();
  }

  /** Each working team's newest picture of its channel in the year. */
  @Transactional(readOnly = true)
  public List<ChannelPictureView> newestChannelPictures(int year) {
    var newest = new LinkedHashMap<String, ChannelPictureView>();
    channelPictures(year).forEach(picture -> newest.putIfAbsent(picture.teamId(), picture));
    return List.copyOf(newest.values());
  }

  @Transactional(readOnly = true)
  List<CityDataView> cityData(int year) {
    return cityData.findByCycleYearOrderByIdDesc(year).stream().map(CityData::view).toList();
  }

  @Transactional(readOnly = true)
  List<ChannelPictureView> channelPictures(int year) {
    return pictures.findByCycleYearOrderByTeamIdAscIdDesc(year).stream()
        .map(picture -> picture.view(organization.committeeName(picture.teamId()))).toList();
  }

  private AssessmentView view(DepartmentAssessment assessment) {
    return assessment.view(organization.unitName(assessment.departmentId()));
  }

  /** Who reads: the planners ({@link Organization#plansTheCity}) read every department; a department its own. */
  record Reader(boolean readsAll, Collection<String> departmentIds) {
    boolean mayRead(String departmentId) {
      return readsAll || departmentIds.contains(departmentId);
    }
  }
}
