package org.maagal.workplans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.maagal.organization.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cycles/{year}")
@Tag(name = "work-plans")
class LinkageController {

  private final WorkPlanBookService books;

  LinkageController(WorkPlanBookService books) {
    this.books = books;
  }

  @GetMapping("/linkage")
  @Operation(summary = "Money to goals: per target of the approved tree its activities and money, totals per "
      + "funding source, targets with no activity and activities with no target (a department: its own plan)")
  WorkPlanLinkage linkage(@PathVariable int year, @RequestParam Optional<String> department, Authentication user) {
    return books.linkage(year, department, Caller.of(user));
  }

  @GetMapping("/book/editions")
  @Operation(summary = "The editions of the cycle's book of work plans and the steering committee's decisions")
  List<WorkPlanView.BookEdition> editions(@PathVariable int year) {
    return books.editions(year);
  }
}
