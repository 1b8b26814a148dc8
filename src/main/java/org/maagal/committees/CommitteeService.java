package org.maagal.committees;

import org.maagal.meetings.Choice;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.maagal.organization.Organization;
import org.maagal.forms.FormValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records votes and steering decisions, and counts the rounds. */
@Service
class CommitteeService {

  private final Votes votes;
  private final SteeringDecisions decisions;
  private final Organization organization;
  private final VoteCounting counting;
  private final Clock clock;

  CommitteeService(Votes votes, SteeringDecisions decisions, Organization organization,
      @Value("${maagal.committees.vote-quorum:0.5}") double quorum, Clock clock) {
    this.votes = votes;
    this.decisions = decisions;
    this.organization = organization;
    this.counting = new VoteCounting(quorum);
    this.clock = clock;
  }

  /** A member's vote; anyone else, admins included, is refused: every vote is a member's own. */
  @Transactional
  void cast(Ballot ballot, String memberId, String castBy, String choice, String comment) {
    if (!organization.committeeMemberIds(ballot.committeeId()).contains(memberId) || !memberId.equals(castBy)) {
      throw FormValues.forbid("רק " + memberId + ", חבר/ת " + organization.committeeName(ballot.committeeId())
          + ", מצביע/ה בהצבעה זו");
    }
    var vote = Choice.of(choice).orElseThrow(() -> FormValues.refuse(List.of("יש לבחור בעד, נגד או נמנע/ת")));
    votes.save(new Vote(ballot, memberId, vote, comment, Instant.now(clock)));
  }

  @Transactional(readOnly = true)
  Outcome count(Ballot ballot) {
    var cast = votes.findByCommitteeIdAndCycleYearAndSubjectVersionAndRound(ballot.committeeId(), ballot.year(),
        ballot.version(), ballot.round()).stream().map(Vote::choice).toList();
    return counting.count(cast, organization.committeeMemberIds(ballot.committeeId()).size());
  }

  /**
   * The steering committee's decision on the version the design committee voted on, in the round that was
   * counted: approving is refused unless that round's count approved it.
   */
  @Transactional
  void decide(Ballot voted, boolean approved, String comments, String by) {
    if (!approved && comments == null) {
      throw FormValues.refuse(List.of("כדי להחזיר את העץ לוועדה המעצבת יש לכתוב הערות"));
    }
    if (approved && count(voted) != Outcome.APPROVED) {
      throw FormValues.forbid("גרסה " + voted.version() + " של עץ המטרות לא אושרה בהצבעת הוועדה המעצבת");
    }
    decisions.save(new SteeringDecision(voted.year(), voted.version(), approved, comments, by, Instant.now(clock)));
  }

  @Transactional(readOnly = true)
  PageOf<VoteView> votes(int year, PageQuery page) {
    return PageOf.of(votes.findByCycleYearOrderBySubjectVersionAscRoundAscCastAtAscIdAsc(year, page.pageable())
        .map(Vote::view));
  }

  @Transactional(readOnly = true)
  PageOf<DecisionView> decisions(int year, PageQuery page) {
    return PageOf.of(decisions.findByCycleYearOrderByDecidedAtAscIdAsc(year, page.pageable())
        .map(SteeringDecision::view));
  }
}
