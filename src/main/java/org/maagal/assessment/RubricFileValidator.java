package org.maagal.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.maagal.organization.Channel;

/** Checks a rubric file as a whole, so that a municipality sees every mistake at once. */
class RubricFileValidator {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  /** An arena's or criterion's id is stored with every score. */
  static final int MAX_ID = 50;
  /** A name is shown as a form's label and stored with every score. */
  static final int MAX_NAME = 200;
  private static final String CHANNELS = Arrays.stream(Channel.values())
      .map(channel -> channel.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

  List<String> problemsOf(RubricFile file) {
    var problems = new ArrayList<String>();
    if (file.rubrics().isEmpty()) {
      problems.add("rubrics: no channel has a rubric");
    }
    var channels = new HashSet<Channel>();
    for (int i = 0; i < file.rubrics().size(); i++) {
      var rubric = file.rubrics().get(i);
      var channel = rubric.known();
      if (rubric.channel() == null || rubric.channel().isBlank()) {
        problems.add("rubric #" + (i + 1) + ": the channel is missing (" + CHANNELS + ")");
        continue;
      }
      if (channel.isEmpty()) {
        problems.add("rubric #" + (i + 1) + ": unknown channel '" + rubric.channel() + "' (" + CHANNELS + ")");
        continue;
      }
      String where = "channel " + rubric.channel().strip();
      if (!channels.add(channel.get())) {
        problems.add(where + ": has a second rubric");
        continue;
      }
      checkArenas(where, rubric, problems);
    }
    return problems;
  }

  private static void checkArenas(String where, RubricFile.ChannelRubric rubric, List<String> problems) {
    if (rubric.arenas().isEmpty()) {
      problems.add(where + ": no arenas");
      return;
    }
    uniqueIds(where + ", arena", rubric.arenas(), RubricFile.Arena::id, problems);
    int criteria = 0;
    for (var arena : rubric.arenas()) {
      String at = where + ", arena " + arena.id();
      name(at, arena.name(), problems);
      if (arena.criteria().isEmpty()) {
        problems.add(at + ": no criteria (an arena needs at least one to score)");
      }
      uniqueIds(at + ", criterion", arena.criteria(), RubricFile.Criterion::id, problems);
      arena.criteria().forEach(criterion -> name(at + ", criterion " + criterion.id(), criterion.name(), problems));
      criteria += arena.criteria().size();
    }
    if (criteria > ChannelPictureForm.PLACES) {
      problems.add(where + ": " + criteria + " criteria, more than the " + ChannelPictureForm.PLACES
          + " the form (forms/channel-picture.form) has places for");
    }
  }

  private static <T> Set<String> uniqueIds(String kind, List<T> items, Function<T, String> id,
      List<String> problems) {
    var ids = new HashSet<String>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      if (value == null || value.length() > MAX_ID || !ID.matcher(value).matches()) {
        problems.add(kind + " #" + (i + 1) + ": id '" + value + "' must be lower-case latin letters and digits"
            + " joined by hyphens, at most " + MAX_ID + " characters");
      } else if (!ids.add(value)) {
        problems.add(kind + " " + value + ": the id is used twice");
      }
    }
    return ids;
  }

  private static void name(String where, String name, List<String> problems) {
    if (name == null || name.isBlank()) {
      problems.add(where + ": the name is missing");
    } else if (name.length() > MAX_NAME) {
      problems.add(where + ": the name is longer than " + MAX_NAME + " characters");
    }
  }
}
