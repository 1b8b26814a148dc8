/**
 * The strategy unit's dashboard (issue 16): server-rendered pages under {@code /dashboard/} that answer at a
 * glance where each cycle stands, who is late and why, how the targets are doing and where the money goes.
 * Hebrew and right to left, English on {@code ?lang=en}; behind the web apps' login, and where the strategy unit,
 * the CEO and the mayor land after it ({@code LandingController}). A department manager sees the same pages
 * limited to their own department; finance every department's budget.
 *
 * <p>The pages only read: the cycle's phase from {@code cycle}, open tasks from the engine's runtime (one task
 * query and one variable query per year, never its history), late tasks from {@code deadlines}, plans and
 * money from {@code workplans}, reports from {@code measurement}, results from {@code review}.
 */
@ApplicationModule(displayName = "Strategy unit's dashboard", allowedDependencies = {
    "assessment", "clock", "cycle", "deadlines", "documents", "goals", "measurement", "organization",
    "review", "reviewing", "spreadsheets", "workplans"})
package org.maagal.dashboard;

import org.springframework.modulith.ApplicationModule;
