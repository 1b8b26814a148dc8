package org.maagal.committees;

import org.maagal.meetings.Choice;
import java.time.Instant;

public record VoteView(String committeeId, int year, int version, int round, String memberId, Choice choice,
    String comment, Instant castAt) {
}
