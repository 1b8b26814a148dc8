package org.maagal.personnel;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The organisation page (static/organization/): HR's workbook, previewed, then put in force (admins). */
@Controller
class OrganizationPage {

  @GetMapping({"/organization", "/organization/"})
  String page() {
    return "forward:/organization/index.html";
  }
}
