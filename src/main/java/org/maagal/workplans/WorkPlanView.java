package org.maagal.workplans;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.maagal.budget.BudgetType;
import org.maagal.budget.Ceilings;
import org.maagal.budget.FundingKind;
import org.maagal.reviewing.ReviewStatus;

/**
 * A version of a department's work plan as the API and the page show it: its activities with their
 * targets and budget lines, its sums against the department's ceilings, what the automatic checks find
 * in it now, and every review of every version. {@code editable}: the caller may edit this draft;
 * {@code marksLines}: the caller is finance and the plan is in its budget review. Each user id comes with
 * the person's name ({@code …ByName}), the system's as "מעגל". {@code amendment}: 0 for the plan as first approved
 * (and its drafts), n for the n-th amendment of it, with its {@code amendmentReason}; {@code mayAmend}: this is the
 * plan in force and the caller (its department, or the strategy unit) may open an amendment of it.
 */
public record WorkPlanView(int year, String departmentId, String departmentName, int version, ReviewStatus status,
    String statusName, boolean editable, boolean marksLines, Instant createdAt, String createdBy,
    String createdByName, Instant submittedAt, String submittedBy, String submittedByName, BigDecimal total,
    Ceilings ceilings, List<ActivityView> activities, List<Finding> findings, List<ReviewView> reviews,
    int amendment, String amendmentReason, boolean mayAmend, List<EmphasisRef> emphases) {

  public record ActivityView(long id, String title, String owner, LocalDate start, LocalDate end,
      List<String> milestones, String outputMeasure, List<TargetRef> targets, List<EmphasisRef> emphases,
      List<LineView> lines, BigDecimal total, List<RequestView> requests) {
  }

  /** One of the CEO's emphases of the year, by its number (from 1); an activity serves it. */
  public record EmphasisRef(int number, String text) {

    /** The emphases of the year, numbered. */
    static List<EmphasisRef> numbered(List<String> emphases) {
      return IntStream.range(0, emphases.size())
          .mapToObj(index -> new EmphasisRef(index + 1, emphases.get(index))).toList();
    }

    /** The emphasis of that number, or a note that the year's list has none such (the CEO changed it). */
    static EmphasisRef of(int number, List<String> emphases) {
      return new EmphasisRef(number, number >= 1 && number <= emphases.size() ? emphases.get(number - 1)
          : "דגש " + number + " אינו ברשימת הדגשים של השנה");
    }
  }

  /**
   * An additional budget request of the activity: beyond the budget book, not in {@code total} nor in any ceiling;
   * {@code approvedAmount} and {@code clauseCode} once finance gave money (all or part of it) in a new clause.
   */
  public record RequestView(long id, BigDecimal amount, String purpose, FundingKind fundingKind, String fundingKindName,
      String funder, RequestStatus status, String statusName, BigDecimal approvedAmount, String clauseCode,
      String financeNote, String decidedBy, Instant decidedAt) {
  }

  /** A target of the approved tree an activity serves; {@code known} is false when the tree no longer has it. */
  public record TargetRef(long id, String domain, String goal, String target, boolean known) {
  }

  public record LineView(long id, String clauseCode, String clauseName, BudgetType type, String typeName,
      String fundingSource, BigDecimal amount, LineStatus status, String statusName) {
  }

  /** What a check found: its code (the decision table's output), whether it blocks, and the details in Hebrew. */
  public record Finding(String code, boolean blocking, String message) {
  }

  public record ReviewView(int version, ReviewStep step, String stepName, boolean approved, String comments,
      String decidedBy, String decidedByName, Instant decidedAt) {
  }

  /** A plan in the list of a cycle's plans. */
  /**
   * A plan in the list of a cycle's plans: its newest version. {@code amendment}: 0, or the number of the amendment
   * this version is (approved, or under way), with {@code firstApprovedTotal} what the plan as first approved came to.
   */
  public record Summary(int year, String departmentId, String departmentName, int version, ReviewStatus status,
      String statusName, int activities, BigDecimal total, BigDecimal ceiling, int amendment,
      BigDecimal firstApprovedTotal) {
  }

  /** A version in the list of a plan's versions. */
  public record VersionSummary(int version, ReviewStatus status, String statusName, Instant createdAt,
      String createdBy, String createdByName, Instant submittedAt, String submittedBy, String submittedByName,
      int activities, BigDecimal total) {
  }

  public record BookEdition(int year, int edition, WorkPlanBook.Status status, Instant compiledAt, String compiledBy,
      Instant decidedAt, String decidedBy, String comments) {
  }
}
