/**
 * A whole demo year in one command: {@code --maagal.demo.run-year=2027} drives a cycle of the demo municipality
 * from its start to the end of its review, every task completed by the demo person it is routed to, with
 * plausible answers, plans, reports and explanations, through the same services the API uses.
 */
@ApplicationModule(displayName = "Demo year", allowedDependencies = {
    "assessment", "budget", "control", "cycle", "facts", "goals", "measurement", "meetings", "organization",
    "publication", "review", "spreadsheets", "workplans"})
package org.maagal.demo;

import org.springframework.modulith.ApplicationModule;
