package org.maagal.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.maagal.api.Download;
import org.maagal.control.ControlView;
import org.maagal.control.DeviationView;
import org.maagal.control.MidYearControl;
import org.maagal.organization.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The year's results and its review: the results as JSON, the gaps, and the actions on them. */
@RestController
@RequestMapping("/api/cycles/{year}")
@Tag(name = "review", description = "ניתוח והערכה: תוצאות השנה, הפערים המשמעותיים, הסבריהם והחלטת ועדת ההיגוי")
class ReviewController {

  private final ResultsService results;
  private final ReviewService review;
  private final ResultsBookletPdf pdf;
  private final ResultsBookletXlsx xlsx;
  private final MidYearControl midYearControl;

  ReviewController(ResultsService results, ReviewService review, ResultsBookletPdf pdf, ResultsBookletXlsx xlsx,
      MidYearControl midYearControl) {
    this.midYearControl = midYearControl;
    this.results = results;
    this.review = review;
    this.pdf = pdf;
    this.xlsx = xlsx;
  }

  @GetMapping("/results")
  @Operation(summary = "The year's results: the approved tree with each indicator's semi-annual and annual "
      + "values and status (green, amber, red, none) at the latest round, counts per domain, each department's "
      + "adherence and budget execution, the review's gaps and lessons (a department manager: their own part)")
  ResultsView results(@PathVariable int year, Authentication user) {
    return results.results(year, Caller.of(user));
  }

  @GetMapping("/results.pdf")
  @Operation(summary = "The measurement booklet (חוברת המדידה) as PDF, Hebrew right to left: cover, contents, "
      + "summary, the CEO indicators, every target's indicators with their status, departments, the mid-year control's "
      + "deviations and corrective actions, gaps, lessons "
      + "(a department manager: their own)")
  ResponseEntity<byte[]> booklet(@PathVariable int year, Authentication user) {
    var view = results.results(year, Caller.of(user));
    return Download.of(pdf.pdf(view, control(year, user)), bookletName(view, "pdf"), MediaType.APPLICATION_PDF);
  }

  @GetMapping("/results.xlsx")
  @Operation(summary = "The measurement booklet as Excel: summary, indicators, departments and gaps, numbers as "
      + "numbers (a department manager: their own)")
  ResponseEntity<byte[]> bookletXlsx(@PathVariable int year, Authentication user) {
    var view = results.results(year, Caller.of(user));
    return Download.of(xlsx.xlsx(view, control(year, user)), bookletName(view, "xlsx"), Download.XLSX);
  }

  /** The mid-year control's deviations the caller may read; none before the control opened. */
  private List<DeviationView> control(int year, Authentication user) {
    return midYearControl.view(year, Caller.of(user)).map(ControlView::deviations).orElse(List.of());
  }

  private static String bookletName(ResultsView view, String extension) {
    return "results-" + view.year() + (view.departmentId() == null ? "" : "-" + view.departmentId()) + "." + extension;
  }

  @GetMapping("/review/gaps")
  @Operation(summary = "The review's gaps, flagged by rule or added by the strategy unit, with their "
      + "explanations and whether they carry into next year (a department: its own)")
  List<ResultsView.GapView> gaps(@PathVariable int year, Authentication user) {
    return review.gaps(year, Caller.of(user));
  }

  @PostMapping("/review/gaps")
  @Operation(summary = "The strategy unit adds a gap while the list is open (before it goes to the departments): "
      + "department, title and detail; 400 in Hebrew for a missing title or an unknown department, 409 once the "
      + "list is closed")
  ResultsView.GapView add(@PathVariable int year, @RequestBody GapInput gap, Authentication user) {
    return review.add(year, gap, Caller.of(user));
  }

  @PutMapping("/review/gaps/{gapId}/carried")
  @Operation(summary = "A member of the steering committee marks whether a gap carries into next year, after "
      + "the lessons are recorded and until the committee decides; a gap not marked carries")
  ResultsView.GapView carry(@PathVariable int year, @PathVariable long gapId, @RequestBody Carried carried,
      Authentication user) {
    if (carried.carried() == null) {
      throw ReviewProblems.invalid("יש לציין אם הפער עובר לשנה הבאה: {\"carried\": true} או {\"carried\": false}");
    }
    return review.carry(year, gapId, carried.carried(), Caller.of(user));
  }

  /** Whether the gap carries into next year. */
  record Carried(Boolean carried) {
  }

  @GetMapping("/review")
  @Operation(summary = "Where the year's review stands, for the review page: state (not-open, listing, explaining, "
      + "deciding, decided) with its Hebrew stateName, the gaps the caller reads (a department: its own; the "
      + "steering committee's members: all), and what the caller may do now: mayAddGaps (the strategy unit while "
      + "the list is open), mayMarkCarried (a member of the steering committee while it decides)")
  ReviewState state(@PathVariable int year, Authentication user) {
    return review.state(year, Caller.of(user));
  }
}
