package org.maagal.committees;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cycles/{year}/goals")
@Tag(name = "committees", description = "הצבעות הוועדה המעצבת והחלטות ועדת ההיגוי")
class CommitteeController {

  private final CommitteeService committees;

  CommitteeController(CommitteeService committees) {
    this.committees = committees;
  }

  @GetMapping("/votes")
  @Operation(summary = "Every vote of the design committee on the cycle's goal tree, round by round",
      description = "Paged. By the version voted on, then the round, then the time cast, then the vote's id.")
  PageOf<VoteView> votes(@PathVariable int year, PageQuery page) {
    return committees.votes(year, page);
  }

  @GetMapping("/decisions")
  @Operation(summary = "The steering committee's decisions on the cycle's goal tree",
      description = "Paged. Oldest first (by the time decided), then by the decision's id.")
  PageOf<DecisionView> decisions(@PathVariable int year, PageQuery page) {
    return committees.decisions(year, page);
  }
}
