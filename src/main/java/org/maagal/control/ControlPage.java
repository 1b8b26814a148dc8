package org.maagal.control;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The mid-year control page (static/control/): the semi-annual round's deviations with their causes, corrective
 * actions and outcomes, the report as PDF and Excel, and the strategy unit's conclusions.
 */
@Controller
class ControlPage {

  /** The page of a year's control, where the agenda and the forms link. */
  static String of(int year) {
    return "/control/?year=" + year;
  }

  @GetMapping({"/control", "/control/"})
  String page() {
    return "forward:/control/index.html";
  }
}
