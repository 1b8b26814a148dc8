package org.maagal.goals;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a cycle's goal tree. The cycle opens with version 1, a copy of the last approved
 * tree (or the municipality's initial tree); every revision of the design committee is a new
 * version; the steering committee's approval freezes one. Old versions stay as they were.
 */
@Entity
@Table(name = "goal_tree_version", uniqueConstraints = @UniqueConstraint(columnNames = {"cycle_year", "number"}))
class GoalTreeVersion {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(nullable = false)
  private int number;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private VersionStatus status;
  @Column(nullable = false, length = 300)
  private String source;
  @Column(nullable = false)
  private Instant createdAt;
  @Column(nullable = false, length = 100)
  private String createdBy;
  private Instant approvedAt;
  @Column(length = 100)
  private String approvedBy;
  /** The city's vision at the head of the tree ({@link GoalTreeVision}); null when the tree has none. */
  @Column(length = GoalTreeVision.MAX_LENGTH)
  private String vision;
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "version_id", nullable = false)
  @OrderColumn(name = "position")
  private List<GoalTreeLine> lines = new ArrayList<>();
  @Version
  private long lock;

  protected GoalTreeVersion() {
  }

  GoalTreeVersion(int cycleYear, int number, String source, String createdBy, Instant createdAt,
      List<GoalTreeLine> lines, String vision) {
    this.vision = vision;
    this.cycleYear = cycleYear;
    this.number = number;
    this.status = VersionStatus.DRAFT;
    this.source = source;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.lines.addAll(lines);
  }

  void supersede() {
    status = VersionStatus.SUPERSEDED;
  }

  void approve(String by, Instant at) {
    status = VersionStatus.APPROVED;
    approvedBy = by;
    approvedAt = at;
  }

  List<GoalTreeLine> copyOfLines() {
    return lines.stream().map(GoalTreeLine::copy).toList();
  }

  int cycleYear() {
    return cycleYear;
  }

  int number() {
    return number;
  }

  VersionStatus status() {
    return status;
  }

  String source() {
    return source;
  }

  Instant createdAt() {
    return createdAt;
  }

  String createdBy() {
    return createdBy;
  }

  Instant approvedAt() {
    return approvedAt;
  }

  String approvedBy() {
    return approvedBy;
  }

  String vision() {
    return vision;
  }

  List<GoalTreeLine> lines() {
    return List.copyOf(lines);
  }
}
