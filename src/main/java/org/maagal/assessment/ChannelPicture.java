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
import org.maagal.organization.Channel;

/**
 * A working team's picture of its channel (אפיק) for the situation assessment, with its rubric (מחוון): every
 * sub-criterion of the channel's rubric scored 1–5 with a comment, kept with the ids and names it was scored under.
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
  /** Absent on the pictures scored before the channel was kept (V21): then the team's channel is taken. */
  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Channel channel;
  @Column(length = DepartmentAssessment.MAX_TEXT)
  private String picture;
  @ElementCollection
  @CollectionTable(name = "rubric_criterion_score", joinColumns = @JoinColumn(name = "channel_picture_id"))
  @OrderColumn(name = "position")
  private List<Score> scores = new ArrayList<>();
  @Column(nullable = false, length = 100)
  private String submittedBy;
  @Column(nullable = false)
  private Instant submittedAt;

  protected ChannelPicture() {
  }

  ChannelPicture(int cycleYear, String teamId, Channel channel, String picture,
      List<ChannelPictureView.CriterionScore> scores, String submittedBy, Instant submittedAt) {
    this.cycleYear = cycleYear;
    this.teamId = teamId;
    this.channel = channel;
    this.picture = picture;
    scores.forEach(score -> this.scores.add(new Score(score)));
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  String teamId() {
    return teamId;
  }

  /** The picture as the API shows it; {@code teamsChannel} stands for the channel a picture of before V21 lacks. */
  ChannelPictureView view(String teamName, Channel teamsChannel) {
    return new ChannelPictureView(cycleYear, teamId, teamName, channel == null ? teamsChannel : channel, picture,
        scores.stream().map(Score::view).toList(), submittedBy, submittedAt);
  }

  @Embeddable
  static class Score {
    @Column(nullable = false, length = RubricFileValidator.MAX_ID)
    private String arena;
    @Column(name = "arena_name", nullable = false, length = RubricFileValidator.MAX_NAME)
    private String arenaName;
    @Column(length = RubricFileValidator.MAX_ID)
    private String criterion;
    @Column(name = "criterion_name", length = RubricFileValidator.MAX_NAME)
    private String criterionName;
    @Column(nullable = false)
    private int score;
    @Column(length = AssessmentService.MAX_COMMENT)
    private String comment;

    protected Score() {
    }

    Score(ChannelPictureView.CriterionScore score) {
      this.arena = score.arena();
      this.arenaName = score.arenaName();
      this.criterion = score.criterion();
      this.criterionName = score.criterionName();
      this.score = score.score();
      this.comment = score.comment();
    }

    ChannelPictureView.CriterionScore view() {
      return new ChannelPictureView.CriterionScore(arena, arenaName, criterion, criterionName, score, comment);
    }
  }
}
