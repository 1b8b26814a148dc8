package org.maagal.workplans;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The work plan page (static/work-plans/): the cycle's plans and their linkage to the goals, or with
 * {@code ?department=} one department's plan to read, edit while a draft, or mark in finance's review.
 * Tasklist's work plan tasks link here.
 */
@Controller
class WorkPlanPage {

  @GetMapping({"/work-plans", "/work-plans/"})
  String page() {
    return "forward:/work-plans/index.html";
  }
}
