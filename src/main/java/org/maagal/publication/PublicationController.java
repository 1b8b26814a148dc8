package org.maagal.publication;

import java.util.List;
import org.maagal.organization.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A year's publications: the strategy unit proposes a part for the public site (the committee then decides at its
 * meeting) and withdraws what was published; the management, the strategy unit and the deciding committee list them.
 */
@RestController
@RequestMapping("/api/cycles/{year}/publications")
class PublicationController {

  private final PublicationService publications;

  PublicationController(PublicationService publications) {
    this.publications = publications;
  }

  /** {@code part}: GOALS, MONEY or RESULTS. */
  record Proposal(String part) {
  }

  record Withdrawal(String reason) {
  }

  @GetMapping
  List<PublicationView> list(@PathVariable int year, Authentication login) {
    return publications.of(year, Caller.of(login));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PublicationView propose(@PathVariable int year, @RequestBody Proposal proposal, Authentication login) {
    return publications.propose(year, proposal.part(), Caller.of(login));
  }

  @PostMapping("/{id}/withdraw")
  PublicationView withdraw(@PathVariable int year, @PathVariable long id, @RequestBody Withdrawal withdrawal,
      Authentication login) {
    return publications.withdraw(year, id, withdrawal.reason(), Caller.of(login));
  }
}
