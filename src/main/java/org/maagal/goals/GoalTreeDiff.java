package org.maagal.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.maagal.goals.GoalTreeChanges.Change;
import org.maagal.goals.GoalTreeChanges.Counts;
import org.maagal.goals.GoalTreeChanges.FieldChange;
import org.maagal.goals.GoalTreeChanges.Level;
import org.maagal.goals.GoalTreeChanges.Summary;
import org.maagal.goals.GoalTreeChanges.Values;
import org.maagal.goals.GoalTreeView.Measure;

/**
 * Compares two versions of a goal tree, given as rows. A line is known by its place in the tree:
 * domain + goal text + target text + indicator text. So a goal, target or indicator whose text was
 * reworded is a removal of the old one and an addition of the new one — the texts are all there is
 * to recognise it by. A line that is in both versions has changed when any of its values differs.
 * When a line appears twice in one version, the first counts.
 */
final class GoalTreeDiff {

  private GoalTreeDiff() {
  }

  static GoalTreeChanges between(List<GoalTreeRow> older, List<GoalTreeRow> newer) {
    var added = appeared(older, newer, true);
    var removed = appeared(newer, older, false);
    var changed = new ArrayList<Change>();
    var before = byKey(older, GoalTreeDiff::lineKey);
    for (var row : byKey(newer, GoalTreeDiff::lineKey).values()) {
      var old = before.get(lineKey(row));
      if (old != null) {
        var fields = fields(old, row);
        if (!fields.isEmpty()) {
          changed.add(new Change(level(row), row.domain(), row.goal(), row.target(), row.indicator(), values(old),
              values(row), fields));
        }
      }
    }
    return new GoalTreeChanges(new Summary(count(added), count(removed), count(changed)), added, removed, changed);
  }

  /**
   * What {@code to} has and {@code from} does not, each at its highest level: a new goal once (not
   * each of its targets), a new target in an old goal once, a new indicator under an old target.
   * An indicator's values are its new values when it was added, its old values when removed.
   */
  private static List<Change> appeared(List<GoalTreeRow> from, List<GoalTreeRow> to, boolean added) {
    Set<List<String>> goals = keys(from, GoalTreeDiff::goalKey);
    Set<List<String>> targets = keys(from, GoalTreeDiff::targetKey);
    Set<List<String>> lines = keys(from, GoalTreeDiff::lineKey);
    var changes = new ArrayList<Change>();
    var seen = new LinkedHashSet<List<String>>();
    for (var row : to) {
      if (!goals.contains(goalKey(row))) {
        if (seen.add(goalKey(row))) {
          changes.add(new Change(Level.GOAL, row.domain(), row.goal(), null, null, null, null, List.of()));
        }
      } else if (row.target() != null && !targets.contains(targetKey(row))) {
        if (seen.add(targetKey(row))) {
          changes.add(new Change(Level.TARGET, row.domain(), row.goal(), row.target(), null, null, null, List.of()));
        }
      } else if (row.indicator() != null && !lines.contains(lineKey(row)) && seen.add(lineKey(row))) {
        changes.add(new Change(Level.INDICATOR, row.domain(), row.goal(), row.target(), row.indicator(),
            added ? null : values(row), added ? values(row) : null, List.of()));
      }
    }
    return changes;
  }

  private static List<FieldChange> fields(GoalTreeRow old, GoalTreeRow row) {
    var fields = new ArrayList<FieldChange>();
    field(fields, "unit", "יחידת מידה", old.unit(), row.unit());
    field(fields, "direction", "כיוון", old.direction(), row.direction());
    field(fields, "baselineValue", "ערך בסיס", plain(old.baselineValue()), plain(row.baselineValue()));
    field(fields, "baselineYear", "שנת בסיס", old.baselineYear(), row.baselineYear());
    field(fields, "targetValue", "ערך יעד", plain(old.targetValue()), plain(row.targetValue()));
    field(fields, "targetYear", "שנת יעד", old.targetYear(), row.targetYear());
    field(fields, "ownerDepartment", "מחלקה אחראית", old.ownerDepartment(), row.ownerDepartment());
    field(fields, "dataSource", "מקור נתונים", old.dataSource(), row.dataSource());
    field(fields, "ceoIndicator", "מדד מנכ\"ל", old.ceoIndicator(), row.ceoIndicator());
    return fields;
  }

  private static void field(List<FieldChange> fields, String name, String label, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      fields.add(new FieldChange(name, label, before, after));
    }
  }

  /** 950 and 950.0000 are the same value: the database keeps four decimals, a spreadsheet none. */
  private static BigDecimal plain(BigDecimal value) {
    return value == null ? null : GoalTreeRowParser.canonical(value);
  }

  private static Values values(GoalTreeRow row) {
    return new Values(row.unit(), row.direction(), new Measure(plain(row.baselineValue()), row.baselineYear()),
        new Measure(plain(row.targetValue()), row.targetYear()), row.ownerDepartment(), row.dataSource(),
        row.ceoIndicator());
  }

  private static Level level(GoalTreeRow row) {
    return row.indicator() != null ? Level.INDICATOR : row.target() != null ? Level.TARGET : Level.GOAL;
  }

  private static Counts count(List<Change> changes) {
    return new Counts(count(changes, Level.GOAL), count(changes, Level.TARGET), count(changes, Level.INDICATOR));
  }

  private static int count(List<Change> changes, Level level) {
    return (int) changes.stream().filter(change -> change.level() == level).count();
  }

  private static List<String> goalKey(GoalTreeRow row) {
    return Arrays.asList(row.domain(), row.goal());
  }

  private static List<String> targetKey(GoalTreeRow row) {
    return Arrays.asList(row.domain(), row.goal(), row.target());
  }

  private static List<String> lineKey(GoalTreeRow row) {
    return Arrays.asList(row.domain(), row.goal(), row.target(), row.indicator());
  }

  private static Set<List<String>> keys(List<GoalTreeRow> rows, Function<GoalTreeRow, List<String>> key) {
    return byKey(rows, key).keySet();
  }

  private static Map<List<String>, GoalTreeRow> byKey(List<GoalTreeRow> rows, Function<GoalTreeRow, List<String>> key) {
    var map = new LinkedHashMap<List<String>, GoalTreeRow>();
    rows.forEach(row -> map.putIfAbsent(key.apply(row), row));
    return map;
  }
}
