package org.maagal.review;

/** A gap the strategy unit adds: the department it is put to, what it is, and what shows it. */
public record GapInput(String departmentId, String title, String detail) {
}
