package org.maagal.workplans;

/** A department's draft changed: its open task's summary is brought up to date. */
record WorkPlanEdited(int year, String departmentId) {
}
