package org.maagal.publication;

import java.util.Map;
import org.maagal.organization.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A proposal as the public would read it, behind the login: the page the committee's agenda links to, for its
 * members, the management and the strategy unit to read before deciding. Marked as a draft.
 */
@Controller
class PublicationPreview {

  private final PublicationService publications;

  PublicationPreview(PublicationService publications) {
    this.publications = publications;
  }

  @GetMapping(PublicSite.PREVIEW + "{id:\\d{1,18}}")
  String preview(@PathVariable long id, @RequestParam(name = SiteLanguage.PARAMETER, required = false) String lang,
      Model model, Authentication login) {
    var language = SiteLanguage.of(lang);
    var proposal = publications.preview(id, Caller.of(login));
    model.addAttribute("plan", PublicYearPage.of(proposal.year(), Map.of(proposal.part(), proposal),
        language));
    model.addAttribute("preview", true);
    return PublicSite.page(model, language, "year", PublicSite.PREVIEW + id);
  }
}
