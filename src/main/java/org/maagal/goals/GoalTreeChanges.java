package org.maagal.goals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.maagal.goals.GoalTreeView.Measure;

/**
 * What changed between two versions of a goal tree: goals, targets and indicators added or
 * removed, and lines whose values changed, each with its old and new values side by side.
 */
public record GoalTreeChanges(Summary summary, List<Change> added, List<Change> removed, List<Change> changed) {

  public GoalTreeChanges {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /** How many goals, targets and indicators were added, removed and changed. */
  public record Summary(Counts added, Counts removed, Counts changed) {
  }

  public record Counts(int goals, int targets, int indicators) {
  }

  /**
   * The highest part of the tree that was added or removed: a whole goal, a target in a goal that
   * stays, or one indicator; for a changed line, what the line holds.
   */
  public enum Level {
    GOAL, TARGET, INDICATOR;

    @JsonValue
    public String json() {
      return name().toLowerCase();
    }
  }

  /**
   * One goal, target or indicator, named by its place in the tree. {@code before} and {@code after}
   * are the line's values in each version (null where the line is not in that version, or for a
   * goal or target added or removed whole); {@code fields} lists what changed.
   */
  public record Change(Level level, String domain, String goal, String target, String indicator, Values before,
      Values after, List<FieldChange> fields) {

    public Change {
      fields = List.copyOf(fields);
    }
  }

  /** The values of one line of the tree; the owner department by its name. */
  public record Values(String unit, Direction direction, Measure baseline, Measure target, String ownerDepartment,
      String dataSource, boolean ceoIndicator) {
  }

  /** One value that changed: its field, the field's Hebrew name, the old and the new value. */
  public record FieldChange(String field, String label, Object before, Object after) {
  }
}
