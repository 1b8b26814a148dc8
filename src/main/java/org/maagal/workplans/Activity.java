package org.maagal.workplans;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An activity (פעילות) of a work plan: what is done, by whom, when, toward which targets, with which money. */
@Entity
@Table(name = "work_plan_activity")
class Activity {

  @Id
  @GeneratedValue
  private Long id;
  @Column(nullable = false, length = 500)
  private String title;
  @Column(length = 200)
  private String owner;
  @Column(name = "start_date")
  private LocalDate start;
  @Column(name = "end_date")
  private LocalDate end;
  @Column(name = "milestone_q1", length = 500)
  private String milestoneQ1;
  @Column(name = "milestone_q2", length = 500)
  private String milestoneQ2;
  @Column(name = "milestone_q3", length = 500)
  private String milestoneQ3;
  @Column(name = "milestone_q4", length = 500)
  private String milestoneQ4;
  @Column(name = "output_measure", length = 500)
  private String outputMeasure;
  @ElementCollection
  @CollectionTable(name = "work_plan_activity_target", joinColumns = @JoinColumn(name = "activity_id"))
  @Column(name = "target_id")
  private Set<Long> targetIds = new LinkedHashSet<>();
  /** The numbers of the CEO's emphases of the year (from 1) that the activity serves. */
  @ElementCollection
  @CollectionTable(name = "work_plan_activity_emphasis", joinColumns = @JoinColumn(name = "activity_id"))
  @Column(name = "emphasis")
  private Set<Integer> emphases = new LinkedHashSet<>();
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "activity_id", nullable = false)
  @OrderColumn(name = "position")
  private List<BudgetLine> lines = new ArrayList<>();
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "activity_id", nullable = false)
  @OrderColumn(name = "position")
  private List<BudgetRequest> requests = new ArrayList<>();

  protected Activity() {
  }

  Activity(ActivityInput input) {
    change(input);
  }

  Activity copy() {
    var copy = new Activity();
    copy.title = title;
    copy.owner = owner;
    copy.start = start;
    copy.end = end;
    copy.milestoneQ1 = milestoneQ1;
    copy.milestoneQ2 = milestoneQ2;
    copy.milestoneQ3 = milestoneQ3;
    copy.milestoneQ4 = milestoneQ4;
    copy.outputMeasure = outputMeasure;
    copy.targetIds = new LinkedHashSet<>(targetIds);
    copy.emphases = new LinkedHashSet<>(emphases);
    lines.forEach(line -> copy.lines.add(line.copy()));
    requests.forEach(request -> copy.requests.add(request.copy()));
    return copy;
  }

  void change(ActivityInput input) {
    this.title = input.title().strip();
    this.owner = input.owner();
    this.start = input.start();
    this.end = input.end();
    var milestones = input.milestones();
    this.milestoneQ1 = milestones.get(0);
    this.milestoneQ2 = milestones.get(1);
    this.milestoneQ3 = milestones.get(2);
    this.milestoneQ4 = milestones.get(3);
    this.outputMeasure = input.outputMeasure();
    this.targetIds = new LinkedHashSet<>(input.targetIds());
    this.emphases = new LinkedHashSet<>(input.emphases());
  }

  BudgetLine add(BudgetLine line) {
    lines.add(line);
    return line;
  }

  BudgetRequest add(BudgetRequest request) {
    requests.add(request);
    return request;
  }

  boolean removeRequest(long requestId) {
    return requests.removeIf(request -> request.id() == requestId);
  }

  Optional<BudgetRequest> request(long requestId) {
    return requests.stream().filter(request -> request.id() == requestId).findFirst();
  }

  List<BudgetRequest> requests() {
    return requests;
  }

  boolean remove(long lineId) {
    return lines.removeIf(line -> line.id() == lineId);
  }

  BigDecimal total() {
    return lines.stream().map(BudgetLine::counted).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  Long id() {
    return id;
  }

  String title() {
    return title;
  }

  String owner() {
    return owner;
  }

  LocalDate start() {
    return start;
  }

  LocalDate end() {
    return end;
  }

  List<String> milestones() {
    return Arrays.asList(milestoneQ1, milestoneQ2, milestoneQ3, milestoneQ4);
  }

  String outputMeasure() {
    return outputMeasure;
  }

  Set<Integer> emphases() {
    return emphases;
  }

  Set<Long> targetIds() {
    return targetIds;
  }

  List<BudgetLine> lines() {
    return lines;
  }
}
