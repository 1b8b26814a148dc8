package org.maagal.committees;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
  @Operation(summary = "Every vote of the design committee on the cycle's goal tree, round by round")
  List<VoteView> votes(@PathVariable int year) {
    return committees.votes(year);
  }

  @GetMapping("/decisions")
  @Operation(summary = "The steering committee's decisions on the cycle's goal tree")
  List<DecisionView> decisions(@PathVariable int year) {
    return committees.decisions(year);
  }
}
