package org.maagal.budget;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The budget book's page (static/budget/), where the treasury reads the cycle's book and uploads a new one. */
@Controller
class BudgetBookPage {

  @GetMapping({"/budget", "/budget/"})
  String page() {
    return "forward:/budget/index.html";
  }
}
