package org.maagal.meetings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One vote of a committee on an agenda item: at a meeting by the members present, or by circulation by every
 * member in writing; each member's vote, the count and what it came to. A tie is kept too, as the round it was;
 * the item is voted on again.
 */
@Entity
@Table(name = "committee_decision")
class CommitteeDecision {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "item_id", nullable = false)
  private Long itemId;
  /** Empty for a decision by circulation. */
  @Column(name = "meeting_id")
  private Long meetingId;
  private boolean byCirculation;
  private int round;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Outcome outcome;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "committee_decision_vote", joinColumns = @JoinColumn(name = "decision_id"))
  @MapKeyColumn(name = "person_id", length = 100)
  @Enumerated(EnumType.STRING)
  @Column(name = "choice", length = 20)
  private Map<String, Choice> votes = new TreeMap<>();
  /** The decision as worded in the minutes; the comments the cycle receives with a rejection. */
  @Column(length = 4000)
  private String wording;
  @Column(nullable = false, length = 100)
  private String recordedBy;
  @Column(nullable = false)
  private Instant decidedAt;

  protected CommitteeDecision() {
  }

  CommitteeDecision(Long itemId, Long meetingId, int round, Map<String, Choice> votes, Outcome outcome,
      String wording, String recordedBy, Instant decidedAt) {
    this.itemId = itemId;
    this.meetingId = meetingId;
    this.byCirculation = meetingId == null;
    this.round = round;
    this.votes = new TreeMap<>(votes);
    this.outcome = outcome;
    this.wording = wording;
    this.recordedBy = recordedBy;
    this.decidedAt = decidedAt;
  }

  Long id() {
    return id;
  }

  Long itemId() {
    return itemId;
  }

  Long meetingId() {
    return meetingId;
  }

  boolean byCirculation() {
    return byCirculation;
  }

  int round() {
    return round;
  }

  Outcome outcome() {
    return outcome;
  }

  Map<String, Choice> votes() {
    return Map.copyOf(votes);
  }

  long count(Choice choice) {
    return votes.values().stream().filter(choice::equals).count();
  }

  String wording() {
    return wording;
  }

  String recordedBy() {
    return recordedBy;
  }

  Instant decidedAt() {
    return decidedAt;
  }
}
