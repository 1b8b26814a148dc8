/**
 * Mid-year control (בקרת אמצע שנה): when the semi-annual round is validated, the rules of
 * {@code processes/mid-year-control.dmn} flag what needs attention (red and amber targets, delayed or cancelled
 * activities, budget execution far from plan); each deviation's department gives its cause and a corrective action
 * with a date; the strategy unit compiles the control report (PDF and XLSX) for the steering committee's next
 * meeting; and the annual round shows, by the same rules, whether each corrective action worked.
 */
@ApplicationModule(displayName = "Mid-year control", allowedDependencies = {
    "api", "clock", "decisions", "documents", "facts", "forms", "goals", "measurement", "meetings", "organization",
    "reviewing", "spreadsheets"})
package org.maagal.control;

import org.springframework.modulith.ApplicationModule;
