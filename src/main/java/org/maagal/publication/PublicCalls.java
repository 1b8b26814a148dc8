package org.maagal.publication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.maagal.meetings.ApplicationProblem;
import org.maagal.meetings.ApplicationRefused;
import org.maagal.meetings.ResidentCalls;
import org.maagal.organization.Sector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Residents take part: the open calls to join the design committee or a working team, each with the role and the
 * requirements its committee set, and the short form to apply, whose applications reach the strategy unit as tasks.
 * Against spam: a field people do not see (a bot that fills it is thanked and nothing is stored) and the limits of
 * {@link ApplicationLimits}. Refused input keeps what was typed and says what to mend, in the reader's language.
 */
@Controller
class PublicCalls {

  private static final Logger log = LoggerFactory.getLogger(PublicCalls.class);
  static final String PATH = PublicSite.PATH + "calls/";
  /** The field hidden from people: only a bot fills it. */
  static final String TRAP = "website";

  private final ResidentCalls calls;
  private final ApplicationLimits limits;

  PublicCalls(ResidentCalls calls, ApplicationLimits limits) {
    this.calls = calls;
    this.limits = limits;
  }

  /** What the form holds, typed again when it is refused. */
  record Application(String name, String sector, String email, String statement, boolean consent) {
  }

  @GetMapping({"/public/calls", PATH})
  String list(@RequestParam(name = SiteLanguage.PARAMETER, required = false) String lang, Model model) {
    model.addAttribute("calls", calls.openNow());
    return PublicSite.page(model, SiteLanguage.of(lang), "calls", PATH);
  }

  @GetMapping(PATH + "{id:\\d{1,18}}")
  String form(@PathVariable long id, @RequestParam(name = SiteLanguage.PARAMETER, required = false) String lang,
      @RequestParam(name = "sent", required = false) String sent, Model model, HttpServletResponse response) {
    var language = SiteLanguage.of(lang);
    return form(id, language, new Application("", "", "", "", false), List.of(), sent != null, model, response);
  }

  @PostMapping(PATH + "{id:\\d{1,18}}")
  String apply(@PathVariable long id, @RequestParam(name = SiteLanguage.PARAMETER, required = false) String lang,
      @RequestParam Map<String, String> fields, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    var language = SiteLanguage.of(lang);
    var application = new Application(fields.getOrDefault("name", ""), fields.getOrDefault("sector", ""),
        fields.getOrDefault("email", ""), fields.getOrDefault("statement", ""), fields.containsKey("consent"));
    String sent = "redirect:" + PATH + id + "?sent&lang=" + language.code();
    if (!fields.getOrDefault(TRAP, "").isEmpty()) {
      log.info("An application to call {} filled the field people do not see; not stored", id);
      return sent;
    }
    if (!application.consent()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(id, language, application, List.of(language.text("apply.problem.CONSENT")), false, model, response);
    }
    if (!limits.allow(request.getRemoteAddr())) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      return form(id, language, application, List.of(language.text("apply.tooMany")), false, model, response);
    }
    try {
      calls.apply(id, application.name(), application.sector(), application.email(), application.statement());
      return sent;
    } catch (ApplicationRefused refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      var problems = Arrays.stream(ApplicationProblem.values()).filter(refused.problems()::contains)
          .map(problem -> language.text("apply.problem." + problem.name())).toList();
      return form(id, language, application, problems, false, model, response);
    }
  }

  private String form(long id, SiteLanguage language, Application application, List<String> problems, boolean sent,
      Model model, HttpServletResponse response) {
    var call = calls.openCall(id);
    if (call.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("calls", calls.openNow());
      model.addAttribute("closed", true);
      return PublicSite.page(model, language, "calls", PATH);
    }
    model.addAttribute("call", call.get());
    model.addAttribute("entry", application);
    model.addAttribute("problems", problems);
    model.addAttribute("sent", sent);
    model.addAttribute("sectors", Arrays.stream(Sector.values()).filter(sector -> sector != Sector.AUTHORITY)
        .map(sector -> Map.of("value", sector.name(), "label", language.text("sector." + sector.name()))).toList());
    return PublicSite.page(model, language, "call", PATH + id);
  }
}
