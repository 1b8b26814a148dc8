package org.maagal.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.maagal.api.Problems;
import org.maagal.organization.Channel;
import org.maagal.organization.Committee;
import org.maagal.organization.Organization;
import org.maagal.forms.FormValues;
import org.maagal.reviewing.ReviewStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores what the situation assessment's forms submit, and shows it to those who may read it. */
@Service
public class AssessmentService {

  /** A comment on a criterion's score. */
  static final int MAX_COMMENT = 1000;

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

  /**
   * The team's picture of its channel with a score for every criterion of the channel's rubric: {@code answers}
   * holds one answer per criterion, as the rubric file gives them. Answers that cannot be stored are refused whole.
   */
  @Transactional
  void submitChannelPicture(int year, String teamId, Channel channel, String picture, List<RubricAnswer> answers,
      String by) {
    var problems = new ArrayList<String>();
    if (picture == null) {
      problems.add("חסרה תמונת המצב של האפיק");
    } else if (picture.length() > DepartmentAssessment.MAX_TEXT) {
      problems.add("תמונת המצב של האפיק ארוכה מ-" + DepartmentAssessment.MAX_TEXT + " תווים");
    }
    var scores = new ArrayList<ChannelPictureView.CriterionScore>();
    for (var answer : answers) {
      String criterion = answer.place().arena().name() + " · " + answer.place().criterion().name();
      Integer score = RubricAnswer.score(answer.score());
      if (answer.score() == null) {
        problems.add(criterion + ": חסר ציון");
      } else if (score == null) {
        problems.add(criterion + ": הציון חייב להיות מספר שלם בין 1 ל-5, לא " + shortened(answer.score()));
      }
      if (answer.comment() != null && answer.comment().length() > MAX_COMMENT) {
        problems.add(criterion + ": ההסבר ארוך מ-" + MAX_COMMENT + " תווים");
      }
      if (score != null) {
        scores.add(new ChannelPictureView.CriterionScore(answer.place().arena().id(), answer.place().arena().name(),
            answer.place().criterion().id(), answer.place().criterion().name(), score, answer.comment()));
      }
    }
    if (!problems.isEmpty()) {
      throw FormValues.refuse(problems);
    }
    pictures.save(new ChannelPicture(year, teamId, channel, picture, scores, by, Instant.now(clock)));
  }

  /** A refused value as the refusal quotes it: not the whole of a long one. */
  private static String shortened(String value) {
    return value.length() <= 20 ? value : value.substring(0, 20) + "…";
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
  List<ChannelPictureView> newestChannelPictures(int year) {
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
        .map(picture -> picture.view(organization.committeeName(picture.teamId()), channelOf(picture.teamId())))
        .toList();
  }

  /**
   * Each working team's newest rubric of the year, in the organisation's order of the teams, beside last year's
   * newest rubric of the same channel: every sub-criterion's score, last year's score of the same criterion (same
   * arena id, same criterion id) and the change, and each arena's average with its change.
   */
  @Transactional(readOnly = true)
  public List<ChannelRubricView> rubrics(int year) {
    var before = newestChannelPictures(year - 1);
    var order = organization.workingTeamIds();
    return newestChannelPictures(year).stream()
        .sorted(Comparator.comparingInt(picture -> order.contains(picture.teamId()) ? order.indexOf(picture.teamId())
            : order.size()))
        .map(picture -> RubricChange.of(picture, sameChannel(picture, before))).toList();
  }

  /** Last year's newest scores of the channel by criterion ({@link RubricChange#key}); none when it had none. */
  @Transactional(readOnly = true)
  Map<String, Integer> lastScores(int year, Channel channel) {
    return RubricChange.scoresByKey(newestChannelPictures(year - 1).stream()
        .filter(picture -> picture.channel() == channel).findFirst().orElse(null));
  }

  /** Last year's picture of the same channel: the same team's if it scored it, else another's of the channel. */
  private static ChannelPictureView sameChannel(ChannelPictureView picture, List<ChannelPictureView> before) {
    var ofChannel = before.stream().filter(last -> last.channel() != null && last.channel() == picture.channel())
        .toList();
    return ofChannel.stream().filter(last -> last.teamId().equals(picture.teamId())).findFirst()
        .orElse(ofChannel.isEmpty() ? null : ofChannel.get(0));
  }

  /** The channel the organisation gives the team; none for a committee that is no working team (any more). */
  Channel channelOf(String teamId) {
    return organization.committee(teamId).map(Committee::channel).orElse(null);
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
