package org.maagal.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.maagal.assessment.AssessmentService;
import org.maagal.cycle.CyclePhase;
import org.maagal.cycle.CycleView;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's pages. Each reads the caller once ({@link DashboardAccess}): the strategy unit, the CEO, the
 * mayor and the admins see the whole city, a department manager their department, finance the whole city's budget
 * (and of the late tasks and results what their services give it), and another department's page answers 403
 * with a Hebrew page.
 */
@Controller
class DashboardController {

  /** How many cycles the overview shows side by side: the year chosen and those before it. */
  static final int CARDS = 4;
  /** How many cycles the trends and a department's page go back. */
  static final int YEARS_SHOWN = 10;

  private final CycleOverview overview;
  private final LateWork late;
  private final GoalsBoard goals;
  private final BudgetBoard budget;
  private final AssessmentService assessments;
  private final Organization organization;

  DashboardController(CycleOverview overview, LateWork late, GoalsBoard goals, BudgetBoard budget,
      AssessmentService assessments, Organization organization) {
    this.overview = overview;
    this.late = late;
    this.goals = goals;
    this.budget = budget;
    this.assessments = assessments;
    this.organization = organization;
  }

  @ModelAttribute
  void common(HttpServletRequest request, HttpServletResponse response, Model model) {
    DashboardLocale.remember(request, response);
    var locale = DashboardLocale.of(request);
    boolean english = "en".equals(locale.getLanguage());
    model.addAttribute("lang", english ? "en" : "he");
    model.addAttribute("dir", english ? "ltr" : "rtl");
    model.addAttribute("otherLang", english ? "he" : "en");
    model.addAttribute("path", request.getRequestURI());
    model.addAttribute("fmt", DashboardFormat.INSTANCE);
    model.addAttribute("pages", PAGES);
    model.addAttribute("switchUrl", switchUrl(request, english ? "he" : "en"));
  }

  static final List<String> PAGES = List.of("cycles", "late", "goals", "rubric", "ceo", "budget");

  /** This page in the other language, its other parameters kept. */
  private static String switchUrl(HttpServletRequest request, String language) {
    try {
      return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
          .replaceQueryParam(DashboardLocale.PARAMETER, language).build(true).toUriString();
    } catch (IllegalArgumentException unencoded) {
      return request.getRequestURI() + "?" + DashboardLocale.PARAMETER + "=" + language;
    }
  }

  @GetMapping({"/dashboard", "/dashboard/"})
  String cycles(@RequestParam Optional<Integer> year, Authentication user, Model model) {
    if (DashboardAccess.startsAtBudget(Caller.of(user), organization)) {
      return "redirect:/dashboard/budget" + year.map(shown -> "?year=" + shown).orElse("");
    }
    var cycles = overview.cycles();
    var access = access(user, model, cycles);
    model.addAttribute("phases", CycleOverview.PHASES);
    selected(cycles, year).ifPresent(cycle -> {
      var shownCycles = upTo(cycles, cycle, CARDS);
      var openByYear = openByYear(shownCycles, access);
      model.addAttribute("cards", shownCycles.stream()
          .map(shown -> overview.card(shown, openByYear.get(shown.year()))).toList());
      var open = openByYear.get(cycle.year());
      model.addAttribute("year", cycle.year());
      model.addAttribute("rows", overview.departments(cycle, open, access));
    });
    return "dashboard/cycles";
  }

  @GetMapping("/dashboard/departments/{departmentId}")
  String department(@PathVariable String departmentId, @RequestParam Optional<Integer> year, Authentication user,
      Model model) {
    var cycles = overview.cycles();
    var access = access(user, model, cycles);
    var unit = organization.department(departmentId).filter(found -> found.id().equals(departmentId))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, departmentId));
    if (!access.sees(departmentId)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, departmentId);
    }
    var own = new DashboardAccess(access.caller(), List.of(unit), DashboardAccess.Reach.OWN);
    model.addAttribute("department", unit);
    model.addAttribute("phases", CycleOverview.PHASES);
    selected(cycles, year).ifPresent(cycle -> {
      var shownCycles = upTo(cycles, cycle, YEARS_SHOWN);
      var openByYear = openByYear(shownCycles, own);
      model.addAttribute("years", shownCycles.stream().map(shown -> new YearRow(shown.year(), shown.phase(),
          overview.departments(shown, openByYear.get(shown.year()), own).get(0))).toList());
      model.addAttribute("year", cycle.year());
      model.addAttribute("open", openByYear.get(cycle.year()));
    });
    return "dashboard/department";
  }

  /** A department's row in one year's cycle. */
  record YearRow(int year, CyclePhase phase, CycleOverview.DepartmentRow row) {
  }

  @GetMapping("/dashboard/late")
  String late(@RequestParam Optional<Integer> year, LateFilter filter, Authentication user, Model model) {
    var cycles = overview.cycles();
    var access = accessThroughServices(user, model, cycles);
    model.addAttribute("filter", filter);
    model.addAttribute("departments", access.departments());
    selected(cycles, year).ifPresent(cycle -> {
      model.addAttribute("year", cycle.year());
      model.addAttribute("rows", late.rows(cycle.year(), access, filter.asFilter()));
    });
    return "dashboard/late";
  }

  @GetMapping("/dashboard/late.csv")
  ResponseEntity<byte[]> lateCsv(@RequestParam Optional<Integer> year, LateFilter filter, Authentication user) {
    var access = DashboardAccess.throughServices(Caller.of(user), organization);
    var cycle = selected(overview.cycles(), year)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no cycle"));
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    byte[] csv = late.csv(late.rows(cycle.year(), access, filter.asFilter()), base);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("late-tasks-" + cycle.year() + ".csv").build().toString())
        .body(csv);
  }

  /** The late page's query parameters. */
  record LateFilter(String department, Integer level, String q, String sort, String dir) {
    LateWork.Filter asFilter() {
      return new LateWork.Filter(department, level, q, sort, !"asc".equals(dir));
    }
  }

  @GetMapping("/dashboard/goals")
  String goals(@RequestParam Optional<Integer> year, Authentication user, Model model) {
    var cycles = overview.cycles();
    var access = accessThroughServices(user, model, cycles);
    selected(cycles, year).ifPresent(cycle -> {
      var results = goals.results(cycle.year(), access);
      model.addAttribute("year", cycle.year());
      model.addAttribute("results", results);
      model.addAttribute("targets", goals.targets(results));
      model.addAttribute("trends", goals.trends(upTo(cycles, cycle, YEARS_SHOWN), access, false));
    });
    return "dashboard/goals";
  }

  @GetMapping("/dashboard/ceo")
  String ceo(@RequestParam Optional<Integer> year, Authentication user, Model model) {
    var cycles = overview.cycles();
    var access = accessThroughServices(user, model, cycles);
    selected(cycles, year).ifPresent(cycle -> {
      var results = goals.results(cycle.year(), access);
      model.addAttribute("year", cycle.year());
      model.addAttribute("results", results);
      model.addAttribute("indicators", goals.ceoIndicators(results));
      model.addAttribute("trends", goals.trends(upTo(cycles, cycle, YEARS_SHOWN), access, true));
    });
    return "dashboard/ceo";
  }

  /**
   * The working teams' rubrics: each channel's arenas, their average this year beside last year's and the change.
   * Channels are the whole city's, not a department's: every reader of the dashboard sees them.
   */
  @GetMapping("/dashboard/rubric")
  String rubric(@RequestParam Optional<Integer> year, Authentication user, Model model) {
    var cycles = overview.cycles();
    accessThroughServices(user, model, cycles);
    selected(cycles, year).ifPresent(cycle -> {
      model.addAttribute("year", cycle.year());
      model.addAttribute("rubrics", assessments.rubrics(cycle.year()));
    });
    return "dashboard/rubric";
  }

  @GetMapping("/dashboard/budget")
  String budget(@RequestParam Optional<Integer> year, Authentication user, Model model) {
    var cycles = overview.cycles();
    var access = accessThroughServices(user, model, cycles);
    selected(cycles, year).ifPresent(cycle -> {
      model.addAttribute("year", cycle.year());
      model.addAttribute("budget", budget.of(cycle.year(), access));
    });
    return "dashboard/budget";
  }

  /**
   * 403 and 404 as a page in the dashboard's language, never a stack trace: ours, and a service's refusal (the
   * results refuse a reader with no department). Any other problem goes on to the application's problem details.
   */
  @ExceptionHandler(ErrorResponseException.class)
  String refused(ErrorResponseException refused, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    if (refused.getStatusCode().value() != 403 && refused.getStatusCode().value() != 404) {
      throw refused;
    }
    common(request, response, model);
    response.setStatus(refused.getStatusCode().value());
    model.addAttribute("status", refused.getStatusCode().value());
    return "dashboard/refused";
  }

  private DashboardAccess access(Authentication user, Model model, List<CycleView> cycles) {
    return shown(DashboardAccess.of(Caller.of(user), organization), user, model, cycles);
  }

  private DashboardAccess accessThroughServices(Authentication user, Model model, List<CycleView> cycles) {
    return shown(DashboardAccess.throughServices(Caller.of(user), organization), user, model, cycles);
  }

  /** The caller's access, and what the header shows of it (the years to choose from among them). */
  private DashboardAccess shown(DashboardAccess access, Authentication user, Model model, List<CycleView> cycles) {
    model.addAttribute("access", access);
    model.addAttribute("cockpit", access.opensCockpit());
    model.addAttribute("cycleYears", cycles.stream().map(CycleView::year).toList());
    model.addAttribute("userName", organization.person(user.getName()).map(LateWork::name).orElse(user.getName()));
    return access;
  }

  /** Each shown cycle's open tasks that the reader may see, by year: the engine asked once a cycle under way. */
  private Map<Integer, List<CycleOverview.OpenTask>> openByYear(List<CycleView> shown, DashboardAccess access) {
    return shown.stream().collect(Collectors.toMap(CycleView::year, cycle -> overview.openTasks(cycle, access)));
  }

  /** The chosen cycle and those before it, newest first, at most {@code count}. */
  private static List<CycleView> upTo(List<CycleView> cycles, CycleView chosen, int count) {
    return cycles.stream().filter(cycle -> cycle.year() <= chosen.year()).limit(count).toList();
  }

  /** The year asked for, else the newest cycle; a year with no cycle is a 404. */
  private static Optional<CycleView> selected(List<CycleView> cycles, Optional<Integer> year) {
    if (year.isEmpty()) {
      return cycles.stream().findFirst();
    }
    return Optional.of(cycles.stream().filter(cycle -> cycle.year() == year.get()).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no cycle " + year.get())));
  }
}
