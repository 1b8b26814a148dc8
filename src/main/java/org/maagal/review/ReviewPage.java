package org.maagal.review;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The review page (static/review/): the year's results in brief, the gaps with their explanations, the
 * strategy unit's form to add a gap while the list is open, the lessons, and the steering committee's
 * marks of what carries into next year.
 */
@Controller
class ReviewPage {

  @GetMapping({"/review", "/review/"})
  String page() {
    return "forward:/review/index.html";
  }
}
