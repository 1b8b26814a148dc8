package org.maagal.control;

/** What the decision table finds about a target or an activity: its code ("red-target", …) and its Hebrew name. */
record Finding(String code, String reason) {
}
