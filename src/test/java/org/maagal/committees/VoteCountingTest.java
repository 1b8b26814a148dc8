package org.maagal.committees;

import org.maagal.meetings.Choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maagal.meetings.Choice.ABSTAIN;
import static org.maagal.meetings.Choice.AGAINST;
import static org.maagal.meetings.Choice.FOR;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The design committee's voting rule, case by case, for a committee of nine with half as quorum. */
class VoteCountingTest {

  static final int MEMBERS = 9;
  final VoteCounting halfOfTheMembers = new VoteCounting(0.5);

  @Test
  void aMajorityForApproves() {
    assertThat(halfOfTheMembers.count(List.of(FOR, FOR, FOR, AGAINST, AGAINST, ABSTAIN), MEMBERS))
        .isEqualTo(Outcome.APPROVED);
  }

  @Test
  void aMajorityAgainstRejects() {
    assertThat(halfOfTheMembers.count(List.of(AGAINST, AGAINST, AGAINST, FOR, FOR), MEMBERS))
        .isEqualTo(Outcome.REJECTED);
  }

  @Test
  void aTieGoesToAnotherRound() {
    assertThat(halfOfTheMembers.count(List.of(FOR, FOR, FOR, AGAINST, AGAINST, AGAINST, ABSTAIN), MEMBERS))
        .isEqualTo(Outcome.ANOTHER_ROUND);
  }

  @Test
  void tooFewPositionsGoToAnotherRoundHoweverOneSided() {
    // four for is a majority of those voting, but 4 of 9 is under the quorum of 5
    assertThat(halfOfTheMembers.count(List.of(FOR, FOR, FOR, FOR, ABSTAIN, ABSTAIN, ABSTAIN), MEMBERS))
        .isEqualTo(Outcome.ANOTHER_ROUND);
  }

  @Test
  void abstentionsCountNeitherWay() {
    assertThat(halfOfTheMembers.count(List.of(FOR, FOR, FOR, AGAINST, AGAINST, ABSTAIN, ABSTAIN, ABSTAIN, ABSTAIN),
        MEMBERS)).isEqualTo(Outcome.APPROVED);
  }

  @Test
  void aQuorumOutsideZeroToOneIsAConfigurationMistake() {
    assertThatThrownBy(() -> new VoteCounting(0)).hasMessageContaining("vote-quorum");
    assertThatThrownBy(() -> new VoteCounting(1.5)).hasMessageContaining("vote-quorum");
  }
}
