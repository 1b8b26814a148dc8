package org.maagal.measurement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.maagal.organization.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The measurement reports for the measurement page and for scripts: read a report, fill its draft. Every item
 * of a report is named in the paths by a key that stays the same across its versions.
 */
@RestController
@RequestMapping("/api/cycles/{year}/measurement")
@Tag(name = "measurement", description = "מדידה ובקרה: דיווחי המחלקות על ערכי המדדים, סטטוס הפעילויות וביצוע התקציב")
class MeasurementController {

  private static final String ROUND = "semi-annual (חצי שנתי) או annual (שנתי)";

  private final MeasurementService measurement;

  MeasurementController(MeasurementService measurement) {
    this.measurement = measurement;
  }

  @GetMapping
  @Operation(summary = "The newest version of every report the caller may read (the strategy unit and the "
      + "management all, a department its own), by department and round")
  List<ReportView.Summary> reports(@PathVariable int year, Authentication user) {
    return measurement.reports(year, Caller.of(user));
  }

  @GetMapping("/{round}/{departmentId}")
  @Operation(summary = "A department's report of a round, newest version: each indicator with its baseline, "
      + "target and last reported value, each activity's status, each line's spending, adherence and budget "
      + "execution (403 for another department)")
  ReportView report(@PathVariable int year, @Parameter(description = ROUND) @PathVariable String round,
      @PathVariable String departmentId, Authentication user) {
    return measurement.report(year, departmentId, round(round), Caller.of(user));
  }

  @GetMapping("/{round}/{departmentId}/versions")
  @Operation(summary = "Every version of a department's report of a round, oldest first (paged): a correction "
      + "keeps the report it corrects")
  PageOf<ReportView.VersionSummary> versions(@PathVariable int year,
      @Parameter(description = ROUND) @PathVariable String round, @PathVariable String departmentId, PageQuery page,
      Authentication user) {
    return measurement.versions(year, departmentId, round(round), Caller.of(user), page);
  }

  @GetMapping("/{round}/{departmentId}/versions/{number}")
  @Operation(summary = "One version of a department's report as it was")
  ReportView version(@PathVariable int year, @Parameter(description = ROUND) @PathVariable String round,
      @PathVariable String departmentId, @PathVariable int number, Authentication user) {
    return measurement.version(year, departmentId, round(round), number, Caller.of(user));
  }

  @PutMapping("/{round}/{departmentId}/indicators/{position}")
  @Operation(summary = "Sets an indicator's actual value and note in the department's draft, the indicator named by "
      + "its position", description = "The indicator is named by its 1-based position in the report (the "
      + "`position` of the report's indicators), the same in every version: a returned report's next draft copies "
      + "the indicators in order, so a path stays valid across corrections. The department only (403 otherwise); "
      + "409 when the report is not a draft; 404 for a position beyond the report's indicators; 400, the indicator "
      + "named, for a value that is not a number. A blank value clears it.")
  ReportView setIndicator(@PathVariable int year, @Parameter(description = ROUND) @PathVariable String round,
      @PathVariable String departmentId,
      @Parameter(description = "1-based position of the indicator in the report") @PathVariable int position,
      @RequestBody ReportInputs.IndicatorInput value, Authentication user) {
    return measurement.setIndicator(year, departmentId, round(round), position, value.actual(), value.note(),
        Caller.of(user));
  }

  @PutMapping("/{round}/{departmentId}/activities/{activityId}")
  @Operation(summary = "Sets an activity's status in the draft, the activity named by the work plan's activity id",
      description = "The activity is named by the work plan's activity id (the `activityId` of the report's "
          + "activities), the same in every version of the report. The department only (403 otherwise); 409 when "
          + "the report is not a draft; 404 for an activity the report does not have; 400, the activity named, "
          + "for an unknown status or a delay or cancellation without its reason.")
  ReportView setActivityStatus(@PathVariable int year, @Parameter(description = ROUND) @PathVariable String round,
      @PathVariable String departmentId,
      @Parameter(description = "the work plan's activity id") @PathVariable long activityId,
      @RequestBody ReportInputs.ActivityInput status, Authentication user) {
    return measurement.setActivityStatus(year, departmentId, round(round), activityId, status.status(),
        status.reason(), Caller.of(user));
  }

  @PutMapping("/{round}/{departmentId}/spending/{lineId}")
  @Operation(summary = "Sets the actual spending of a budget line in the draft, the line named by the work plan's "
      + "line id", description = "The line is named by the work plan's budget line id (the `lineId` of the "
      + "report's spending), the same in every version of the report. The department only (403 otherwise); 409 "
      + "when the report is not a draft; 404 for a line the report does not have; 400, the line named, for an "
      + "amount that is not one or is negative.")
  ReportView setSpending(@PathVariable int year, @Parameter(description = ROUND) @PathVariable String round,
      @PathVariable String departmentId,
      @Parameter(description = "the work plan's budget line id") @PathVariable long lineId,
      @RequestBody ReportInputs.SpendingInput spending, Authentication user) {
    return measurement.setSpending(year, departmentId, round(round), lineId, spending.actual(), Caller.of(user));
  }

  private static Round round(String written) {
    return Round.ofPath(written).orElseThrow(() -> MeasurementProblems.noRound(written));
  }
}
