package org.maagal.measurement;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The measurement page (static/measurement/): with {@code ?year=&round=&department=} a department's report
 * of the round, filled while it is the department's draft and read by everyone else who may see it;
 * without a department, the reports of the cycle the caller may read.
 */
@Controller
class MeasurementPage {

  @GetMapping({"/measurement", "/measurement/"})
  String page() {
    return "forward:/measurement/index.html";
  }
}
