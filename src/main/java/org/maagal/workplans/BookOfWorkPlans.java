package org.maagal.workplans;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The book of work plans (ספר תכניות העבודה) of a cycle, or of one department of it, as the XLSX and PDF
 * files print it: per department its targets, activities and budget; totals by domain, by funding
 * source and by the CEO's emphasis (an activity serving several emphases counts under each; an emphasis no activity
 * serves is listed with nothing). Amounts are in ILS and count every budget line that was not cut.
 */
record BookOfWorkPlans(String municipality, int year, Instant compiledAt, List<DepartmentPlan> departments,
    List<Total> byDomain, List<Total> bySource, List<Total> byEmphasis, BigDecimal total) {

  /**
   * A department's plan in force (its newest approved version; the newest one before any is approved). {@code amended}:
   * how it was amended since it was first approved, and what that plan came to ("תיקון 1: …; בתכנית שאושרה במקור
   * 250,000 ₪"); null for a plan never amended.
   */
  record DepartmentPlan(String departmentId, String departmentName, int version, String status,
      List<Target> targets, List<Activity> activities, BigDecimal total, String amended) {
  }

  /** A target of the approved goal tree that the department owns, under its domain and goal, with its indicators. */
  record Target(String domain, String goal, String target, List<String> indicators) {
  }

  /**
   * An activity: its owner, dates, four quarterly milestones (blank where none), output measure, the
   * targets it serves (their text) and then the emphases it serves ("דגש ניהולי 2: …"), and its budget lines.
   */
  record Activity(String title, String owner, LocalDate start, LocalDate end, List<String> milestones,
      String outputMeasure, List<String> targets, List<Line> lines, BigDecimal total) {
  }

  /** A budget line: clause, type (תקציב רגיל / תב"ר), funding source, amount, status, each in Hebrew. */
  record Line(String clauseCode, String clauseName, String type, String source, BigDecimal amount, String status) {
  }

  /** A sum under a name: a domain, a funding source. */
  record Total(String name, BigDecimal amount) {
  }
}
