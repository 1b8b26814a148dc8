package org.maagal.goals;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * An imported draft as the API answers it: the new version, as {@link GoalTreeView} shows any
 * version, and the notices of the upload that refused nothing (a column not read), in Hebrew.
 */
public record ImportedDraft(@JsonUnwrapped GoalTreeView draft, List<String> notices) {

  public ImportedDraft {
    notices = List.copyOf(notices);
  }
}
