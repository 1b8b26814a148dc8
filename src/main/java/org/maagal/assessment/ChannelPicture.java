package org.maagal.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A working team's picture of its channel (אפיק) for the situation assessment, with the rubric
 * (מחוון): every arena scored 1–5 with a comment.
 */
@Entity
@Table(name = "channel_picture")
class ChannelPicture {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(name = "team_id", nullable = false, length = 100)
  private String teamId;
  @Column(length = DepartmentAssessment.MAX_TEXT)
  private String picture;
  @ElementCollection
  @CollectionTable(name = "rubric_score", joinColumns = @JoinColumn(name = "channel_picture_id"))
  @OrderColumn(name = "position")
  private List<Score> scores = new ArrayList<>();
  @Column(nullable = false, length = 100)
  private String submittedBy;
  @Column(nullable = false)
  private Instant submittedAt;

  protected ChannelPicture() {
  }

  ChannelPicture(int cycleYear, String teamId, String picture, List<ChannelPictureView.ArenaScore> scores,
      String submittedBy, Instant submittedAt) {
    this.cycleYear = cycleYear;
    this.teamId = teamId;
    this.picture = picture;
    scores.forEach(score -> this.scores.add(new Score(score.arena(), score.score(), score.comment())));
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  String teamId() {
    return teamId;
  }

  ChannelPictureView view(String teamName) {
    return new ChannelPictureView(cycleYear, teamId, teamName, picture,
        scores.stream().map(s -> new ChannelPictureView.ArenaScore(s.arena, s.score, s.comment)).toList(),
        submittedBy, submittedAt);
  }

  @Embeddable
  static class Score {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Arena arena;
    private int score;
    @Column(length = 1000)
    private String comment;

    protected Score() {
    }

    Score(Arena arena, int score, String comment) {
      this.arena = arena;
      this.score = score;
      this.comment = comment;
    }
  }
}
