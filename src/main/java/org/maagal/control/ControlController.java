package org.maagal.control;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maagal.api.Download;
import org.maagal.organization.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The year's mid-year control: its deviations and corrective actions as JSON, and the control report. */
@RestController
@RequestMapping("/api/cycles/{year}")
@Tag(name = "control", description = "בקרת אמצע שנה: החריגות של המדידה החצי שנתית, סיבותיהן, הפעולות המתקנות ותוצאתן")
class ControlController {

  private final MidYearControl control;
  private final ControlReportPdf pdf;
  private final ControlReportXlsx xlsx;

  ControlController(MidYearControl control, ControlReportPdf pdf, ControlReportXlsx xlsx) {
    this.control = control;
    this.pdf = pdf;
    this.xlsx = xlsx;
  }

  @GetMapping("/control")
  @Operation(summary = "The mid-year control: each deviation the semi-annual round showed (red or amber target, "
      + "delayed or cancelled activity, budget execution far from plan), its cause, corrective action and date, and "
      + "whether the annual round shows it worked; the strategy unit's conclusions (a department manager: their own)")
  ControlView control(@PathVariable int year, Authentication user) {
    return read(year, user);
  }

  @GetMapping("/control.pdf")
  @Operation(summary = "The mid-year control report (דוח בקרת אמצע שנה) as PDF, Hebrew right to left, for the "
      + "steering committee")
  ResponseEntity<byte[]> report(@PathVariable int year, Authentication user) {
    return Download.of(pdf.pdf(read(year, user)), "control-" + year + ".pdf", MediaType.APPLICATION_PDF);
  }

  @GetMapping("/control.xlsx")
  @Operation(summary = "The mid-year control as Excel: a row per deviation, dates as dates, ready to filter")
  ResponseEntity<byte[]> reportXlsx(@PathVariable int year, Authentication user) {
    return Download.of(xlsx.xlsx(read(year, user)), "control-" + year + ".xlsx", Download.XLSX);
  }

  private ControlView read(int year, Authentication user) {
    return control.view(year, Caller.of(user)).orElseThrow(() -> ControlProblems.notFlagged(year));
  }
}
