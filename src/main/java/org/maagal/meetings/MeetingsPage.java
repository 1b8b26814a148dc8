package org.maagal.meetings;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The committee meetings page (static/meetings/): a year's meetings, decisions and open action items of the
 * committees the reader may see, or one meeting with its agenda, attendance, votes, action items and minutes,
 * and the strategy unit's forms to record them.
 */
@Controller
class MeetingsPage {

  @GetMapping({"/meetings", "/meetings/"})
  String page() {
    return "forward:/meetings/index.html";
  }
}
