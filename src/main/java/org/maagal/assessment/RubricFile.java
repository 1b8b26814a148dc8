package org.maagal.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.maagal.organization.Channel;

/**
 * The rubric file as read ({@code maagal.rubric.file}): for each channel (אפיק) its arenas (זירות), and for each
 * arena the sub-criteria a working team scores 1–5 with a comment. {@link RubricFileValidator} has checked it.
 */
record RubricFile(List<ChannelRubric> rubrics) {

  static final RubricFile EMPTY = new RubricFile(List.of());

  RubricFile {
    rubrics = rubrics == null ? List.of() : List.copyOf(rubrics);
  }

  /**
   * The channel's criteria in the file's order, each at its place in the form (1, 2, …); none for a channel the
   * file leaves out.
   */
  List<Place> places(Channel channel) {
    var places = new ArrayList<Place>();
    rubricOf(channel).ifPresent(rubric -> rubric.arenas().forEach(arena -> {
      for (int i = 0; i < arena.criteria().size(); i++) {
        places.add(new Place(places.size() + 1, arena, arena.criteria().get(i), i == 0));
      }
    }));
    return places;
  }

  private Optional<ChannelRubric> rubricOf(Channel channel) {
    return rubrics.stream().filter(rubric -> channel != null && channel.name().equalsIgnoreCase(rubric.channel()))
        .findFirst();
  }

  /** The channel as the file names it ({@code educational}), its arenas in the order the form shows them. */
  record ChannelRubric(String channel, List<Arena> arenas) {
    ChannelRubric {
      arenas = arenas == null ? List.of() : List.copyOf(arenas);
    }

    /** The channel the file names, if it is one. */
    Optional<Channel> known() {
      for (Channel known : Channel.values()) {
        if (channel != null && known.name().equals(channel.strip().toUpperCase(Locale.ROOT))) {
          return Optional.of(known);
        }
      }
      return Optional.empty();
    }
  }

  /** An arena (זירה) and its sub-criteria. */
  record Arena(String id, String name, List<Criterion> criteria) {
    Arena {
      criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
  }

  /** A sub-criterion the team scores. */
  record Criterion(String id, String name) {
  }

  /** A criterion at its place in the form; {@code opensArena} for the first of its arena, under the arena's title. */
  record Place(int number, Arena arena, Criterion criterion, boolean opensArena) {
  }
}
