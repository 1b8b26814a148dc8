package org.maagal.assessment;

/**
 * The variables of {@code forms/channel-picture.form}. A Camunda Form is static JSON, and each channel has a rubric
 * of its own: the form has {@link #PLACES} places, one per criterion, each a score (1–5) and a comment. When the
 * team's task is created, each place the team's rubric reaches gets its criterion's name as its label (and its
 * arena's title above the first of the arena); the form hides the places that get none. The places are only
 * positions: the listener that stores the form reads the team's rubric from the application's own records and takes
 * place n to be its n-th criterion, whatever the submission says.
 */
public final class ChannelPictureForm {

  /** How many criteria a channel's rubric may have: the form's places. */
  public static final int PLACES = 30;
  /** The team's picture of its channel. */
  public static final String PICTURE = "picture";

  private ChannelPictureForm() {
  }

  /** The criterion's name at the place, its label in the form; absent at a place the team's rubric does not reach. */
  public static String criterion(int place) {
    return "c" + place + "Name";
  }

  /** The score (1–5) the team gives the criterion at the place. */
  public static String score(int place) {
    return "c" + place + "Score";
  }

  /** The team's comment on the criterion at the place. */
  public static String comment(int place) {
    return "c" + place + "Comment";
  }

  /** The title of the arena whose first criterion is at the place; absent at the arena's other places. */
  static String arena(int place) {
    return "c" + place + "Arena";
  }

  /** Last year's score of the same criterion, as the form says it under the criterion; absent when none. */
  static String lastYear(int place) {
    return "c" + place + "LastYear";
  }
}
