package org.maagal.publication;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.maagal.api.Download;
import org.maagal.caching.BoundedCache;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public site, read without a login ({@code /public/}): the years published, a year's plan from its published
 * snapshots, its CSV and booklet, and the accessibility statement. It reads nothing but the snapshots, so that no
 * later edit and nothing internal reaches it; each answer may be cached a minute.
 */
@Controller
class PublicSite {

  static final String PATH = "/public/";
  /** The committee's preview of a proposal, behind the login (the pages' chain). */
  static final String PREVIEW = "/publication/preview/";
  private static final CacheControl A_MINUTE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

  private final PublicationService publications;
  /**
   * The booklets made, by the publications they show: a snapshot never changes, and laying out a PDF costs a fifth of
   * a second that a visitor asking again and again should not make the server spend.
   */
  private final BoundedCache<List<Long>, byte[]> booklets = new BoundedCache<>(20);

  PublicSite(PublicationService publications) {
    this.publications = publications;
  }

  @GetMapping({"/public", PATH})
  String index(@RequestParam(name = SiteLanguage.PARAMETER, required = false) String lang, Model model,
      HttpServletResponse response) {
    var language = SiteLanguage.of(lang);
    model.addAttribute("years", publications.publishedYears());
    return cached(response, page(model, language, "index", PATH));
  }

  @GetMapping({PATH + "{year:\\d{4}}", PATH + "{year:\\d{4}}/"})
  String year(@PathVariable int year, @RequestParam(name = SiteLanguage.PARAMETER, required = false) String lang,
      Model model, HttpServletResponse response) {
    var language = SiteLanguage.of(lang);
    model.addAttribute("plan", PublicYearPage.of(year, publishedOrMissing(year, language), language));
    return cached(response, page(model, language, "year", PATH + year + "/"));
  }

  @GetMapping(PATH + "{year:\\d{4}}/plan.csv")
  ResponseEntity<byte[]> csv(@PathVariable int year,
      @RequestParam(name = SiteLanguage.PARAMETER, required = false) String lang) {
    var language = SiteLanguage.of(lang);
    return cached(Download.of(PublicFiles.csv(PublicYearPage.of(year, publishedOrMissing(year, language), language),
        language), "plan-" + year + "-" + language.code() + ".csv", new MediaType("text", "csv")));
  }

  @GetMapping(PATH + "{year:\\d{4}}/booklet.pdf")
  ResponseEntity<byte[]> booklet(@PathVariable int year) {
    var parts = publishedOrMissing(year, SiteLanguage.HE);
    var shown = parts.values().stream().map(PublicationService.Published::id).sorted().toList();
    var booklet = booklets.computeIfAbsent(shown,
        ignored -> PublicFiles.booklet(PublicYearPage.of(year, parts, SiteLanguage.HE)));
    return cached(Download.of(booklet, "plan-" + year + ".pdf", MediaType.APPLICATION_PDF));
  }

  @GetMapping(PATH + "accessibility")
  String accessibility(@RequestParam(name = SiteLanguage.PARAMETER, required = false) String lang, Model model,
      HttpServletResponse response) {
    return cached(response, page(model, SiteLanguage.of(lang), "accessibility", PATH + "accessibility"));
  }

  private Map<PublishedPart, PublicationService.Published> publishedOrMissing(int year, SiteLanguage language) {
    var parts = publications.published(year);
    if (parts.isEmpty()) {
      throw new NothingPublished(year, language);
    }
    return parts;
  }

  /** The view of the page, in the language, with the links to the same page ({@code here}) in the other two. */
  static String page(Model model, SiteLanguage language, String view, String here) {
    model.addAttribute("w", new Words(language));
    model.addAttribute("here", here);
    return "publication/" + view;
  }

  private static String cached(HttpServletResponse response, String view) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, A_MINUTE.getHeaderValue());
    return view;
  }

  private static ResponseEntity<byte[]> cached(ResponseEntity<byte[]> download) {
    return ResponseEntity.status(download.getStatusCode()).headers(download.getHeaders()).cacheControl(A_MINUTE)
        .body(download.getBody());
  }

  /** The words of the page's language, for the templates: {@code w.t('vision')}, {@code w.t('year.title', 2027)}. */
  record Words(SiteLanguage language) {

    public String t(String key) {
      return language.text(key);
    }

    public String t(String key, Object argument) {
      return language.text(key, argument);
    }

    public String code() {
      return language.code();
    }

    public String dir() {
      return language.rightToLeft() ? "rtl" : "ltr";
    }
  }

  /** A year with nothing published: a page in the reader's language that says so, answered 404. */
  @ResponseStatus(HttpStatus.NOT_FOUND)
  static final class NothingPublished extends RuntimeException {
    final int year;
    final SiteLanguage language;

    NothingPublished(int year, SiteLanguage language) {
      super("Nothing published for " + year, null, false, false);
      this.year = year;
      this.language = language;
    }
  }

  @ExceptionHandler(NothingPublished.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String nothingPublished(NothingPublished missing, Model model) {
    model.addAttribute("missing", missing.year);
    return page(model, missing.language, "missing", PATH);
  }
}
