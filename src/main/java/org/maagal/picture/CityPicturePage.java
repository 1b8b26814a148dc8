package org.maagal.picture;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The city picture's page (static/picture/), where the design committee's tasks and the goal tree link. */
@Controller
class CityPicturePage {

  @GetMapping({"/picture", "/picture/"})
  String page() {
    return "forward:/picture/index.html";
  }
}
