package org.maagal.workplans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.maagal.api.Download;
import org.maagal.organization.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The year's additional budget requests in one list, and as the spreadsheet finance takes into next year's budget. */
@RestController
@RequestMapping("/api/cycles/{year}")
@Tag(name = "work-plans")
class AdditionalRequestsController {

  private final AdditionalRequests requests;
  private final AdditionalRequestsXlsx xlsx;

  AdditionalRequestsController(AdditionalRequests requests, AdditionalRequestsXlsx xlsx) {
    this.requests = requests;
    this.xlsx = xlsx;
  }

  @GetMapping("/budget-requests")
  @Operation(summary = "Every additional budget request of the year's plans (newest version of each), with finance's "
      + "decision (finance, the strategy unit and the management: all; a department: its own)")
  List<AdditionalRequests.RequestRow> requests(@PathVariable int year, Authentication user) {
    return requests.of(year, Caller.of(user));
  }

  @GetMapping("/budget-requests.xlsx")
  @Operation(summary = "The year's additional budget requests as Excel, amounts as numbers, for next year's budget "
      + "proposal")
  ResponseEntity<byte[]> requestsXlsx(@PathVariable int year, Authentication user) {
    return Download.of(xlsx.xlsx(requests.of(year, Caller.of(user))), "budget-requests-" + year + ".xlsx",
        Download.XLSX);
  }
}
