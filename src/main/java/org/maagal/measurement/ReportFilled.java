package org.maagal.measurement;

/** A department's draft report changed on the page or through the API. */
record ReportFilled(int year, String departmentId, Round round) {
}
