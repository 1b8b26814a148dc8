package org.maagal.goals;

/** The difference between two versions of a cycle's goal tree, from {@code from} to {@code to}. */
public record VersionDiff(int year, int from, int to, GoalTreeChanges changes) {
}
