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

/** The measurement reports for the page to come and for scripts: read a report, fill its draft. */
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

  @PutMapping("/{round}/{departmentId}/indicators/{valueId}")
  @Operation(summary = "Sets an indicator's actual value and note in the department's draft (the department "
      + "only; 409 when the report is not a draft); 400, the indicator named, for a value that is not a number")
  ReportView setIndicator(@PathVariable int year, @Parameter(description = ROUND) @PathVariable String round,
      @PathVariable String departmentId, @PathVariable long valueId, @RequestBody ReportInputs.IndicatorInput value,
      Authentication user) {
    return measurement.setIndicator(year, departmentId, round(round), valueId, value.actual(), value.note(),
        Caller.of(user));
  }

  @PutMapping("/{round}/{departmentId}/activities/{statusId}")
  @Operation(summary = "Sets an activity's status in the draft; 400, the activity named, for an unknown status "
      + "or a delay or cancellation without its reason")
  ReportView setActivityStatus(@PathVariable int year, @Parameter(description = ROUND) @PathVariable String round,
      @PathVariable String departmentId, @PathVariable long statusId, @RequestBody ReportInputs.ActivityInput status,
      Authentication user) {
    return measurement.setActivityStatus(year, departmentId, round(round), statusId, status.status(),
        status.reason(), Caller.of(user));
  }

  @PutMapping("/{round}/{departmentId}/spending/{lineId}")
  @Operation(summary = "Sets the actual spending of a budget line in the draft, the line named by the work plan's "
      + "line id; 400, the line named, for an amount that is not one or is negative")
  ReportView setSpending(@PathVariable int year, @Parameter(description = ROUND) @PathVariable String round,
      @PathVariable String departmentId, @PathVariable long lineId, @RequestBody ReportInputs.SpendingInput spending,
      Authentication user) {
    return measurement.setSpending(year, departmentId, round(round), lineId, spending.actual(), Caller.of(user));
  }

  private static Round round(String written) {
    return Round.ofPath(written).orElseThrow(() -> MeasurementProblems.noRound(written));
  }
}
