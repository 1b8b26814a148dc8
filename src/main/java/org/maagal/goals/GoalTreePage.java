package org.maagal.goals;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The goal tree page (static/goals/): read a cycle's tree, download it, upload a revised draft. */
@Controller
class GoalTreePage {

  @GetMapping({"/goals", "/goals/"})
  String page() {
    return "forward:/goals/index.html";
  }
}
