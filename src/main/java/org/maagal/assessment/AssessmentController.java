package org.maagal.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cycles/{year}")
@Tag(name = "assessment", description = "הערכת המצב: מחלקות, נתוני עיר, אפיקים ומחוון")
class AssessmentController {

  private final AssessmentService assessments;
  private final Organization organization;

  AssessmentController(AssessmentService assessments, Organization organization) {
    this.assessments = assessments;
    this.organization = organization;
  }

  @GetMapping("/assessments")
  @Operation(summary = "The departments' assessments the caller may read (the management and the steering "
      + "and design committees all, a department its own), every revision",
      description = "Paged. By department id, then each department's newest revision first.")
  PageOf<AssessmentView> assessments(@PathVariable int year, PageQuery page, Authentication user) {
    return assessments.assessments(year, reader(user), page);
  }

  @GetMapping("/assessments/{departmentId}")
  @Operation(summary = "One department's assessment, every revision (403 for another department)",
      description = "Paged. Newest revision first.")
  PageOf<AssessmentView> assessmentOf(@PathVariable int year, @PathVariable String departmentId, PageQuery page,
      Authentication user) {
    return assessments.assessmentsOf(year, departmentId, reader(user), page);
  }

  @GetMapping("/city-data")
  @Operation(summary = "The research desk's city data and surveys for the cycle")
  List<CityDataView> cityData(@PathVariable int year) {
    return assessments.cityData(year);
  }

  @GetMapping("/channel-pictures")
  @Operation(summary = "The working teams' channel pictures with their rubric scores")
  List<ChannelPictureView> channelPictures(@PathVariable int year) {
    return assessments.channelPictures(year);
  }

  @GetMapping("/rubrics")
  @Operation(summary = "Each working team's newest rubric beside last year's rubric of the same channel",
      description = "In the organisation's order of the teams. Per arena its average over the sub-criteria, last year's "
          + "and the change; per sub-criterion its score (1-5), last year's score of the same arena and criterion, the "
          + "change and the team's comment. As the dashboard's rubric page shows it.")
  List<ChannelRubricView> rubrics(@PathVariable int year) {
    return assessments.rubrics(year);
  }

  /**
   * The planners (the management and the steering and design committees) read every department; a department its
   * own, a division's head the division's.
   */
  private AssessmentService.Reader reader(Authentication user) {
    var caller = Caller.of(user);
    return new AssessmentService.Reader(organization.plansTheCity(caller), organization.departmentsReadBy(caller));
  }
}
