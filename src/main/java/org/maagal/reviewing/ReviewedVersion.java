package org.maagal.reviewing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.maagal.api.Problems;
import org.maagal.forms.FormValues;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The reviewed life of one version of something a department hands in, embedded in its entity: its number,
 * its status, who made, submitted and decided it and when, and the reviewer's comments. A change its status
 * does not allow is refused with the Hebrew reason, and nothing changes.
 *
 * <p>Every method that changes the status takes {@code what}, the thing reviewed in Hebrew ("תכנית העבודה של
 * מחלקת החינוך"), for the refusal to name it. Submitting and deciding are done by the processes' task listeners,
 * so they refuse as a form does ({@link FormValues#refuse}: Tasklist and {@code /engine-rest} answer 400);
 * editing is done through the API, where a version that is not a draft answers 409
 * ({@link #requireDraft}).
 */
@Embeddable
public class ReviewedVersion {

  public static final int MAX_COMMENTS = 4000;

  @Column(nullable = false)
  private int number;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReviewStatus status;
  @Column(nullable = false)
  private Instant createdAt;
  @Column(nullable = false, length = 100)
  private String createdBy;
  private Instant submittedAt;
  @Column(length = 100)
  private String submittedBy;
  private Instant reviewedAt;
  @Column(length = 100)
  private String reviewedBy;
  @Column(length = MAX_COMMENTS)
  private String reviewComments;

  protected ReviewedVersion() {
  }

  private ReviewedVersion(int number, String createdBy, Instant createdAt) {
    this.number = number;
    this.status = ReviewStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Version 1, a draft. */
  public static ReviewedVersion first(String createdBy, Instant createdAt) {
    return new ReviewedVersion(1, createdBy, createdAt);
  }

  /**
   * The version after this returned one: the next number, a draft. This one stays as it was; the entity copies
   * its content into the new one. Only a returned version has a next draft: an approved one is final, and a
   * draft or a submitted one is still the current version.
   */
  public ReviewedVersion nextDraft(String what, String createdBy, Instant createdAt) {
    if (status != ReviewStatus.RETURNED) {
      throw FormValues.refuse(List.of(describe(what) + " לא הוחזרה לתיקון, ולכן אין לפתוח אחריה גרסה חדשה"));
    }
    return new ReviewedVersion(number + 1, createdBy, createdAt);
  }

  /**
   * An amendment of this approved version: the next number, a draft. This one stays approved, the version in force
   * until the amendment is approved; the entity copies its content into the new one.
   */
  public ReviewedVersion amendment(String what, String createdBy, Instant createdAt) {
    if (status != ReviewStatus.APPROVED) {
      throw Problems.problem(HttpStatus.CONFLICT, "Not approved",
          describe(what) + " אינה מאושרת, ולכן אין לפתוח לה תיקון: תיקון נפתח לגרסה המאושרת האחרונה בלבד");
    }
    return new ReviewedVersion(number + 1, createdBy, createdAt);
  }

  /** The department hands in its draft: frozen for the review. */
  public void submit(String what, String by, Instant at) {
    if (!status.mayBecome(ReviewStatus.SUBMITTED)) {
      throw FormValues.refuse(List.of(describe(what) + " אינה טיוטה, ולכן אינה ניתנת להגשה"));
    }
    this.status = ReviewStatus.SUBMITTED;
    this.submittedBy = by;
    this.submittedAt = at;
  }

  /** The reviewer's decision on the submitted version: approved, or returned with what to correct. */
  public void decide(String what, boolean approved, String comments, String by, Instant at) {
    requireSubmitted(what);
    if (!approved && (comments == null || comments.isBlank())) {
      throw FormValues.refuse(List.of("בהחזרת " + what + " לתיקון יש לכתוב מה לתקן"));
    }
    this.status = approved ? ReviewStatus.APPROVED : ReviewStatus.RETURNED;
    this.reviewComments = comments;
    this.reviewedBy = by;
    this.reviewedAt = at;
  }

  /** For a review step that decides without ending the review (a work plan's steps before the CEO's). */
  public void requireSubmitted(String what) {
    if (status != ReviewStatus.SUBMITTED) {
      throw FormValues.refuse(List.of(describe(what) + " אינה ממתינה לבדיקה"));
    }
  }

  /** Only a draft may be edited; anything else is a 409 problem detail in Hebrew. */
  public void requireDraft(String what) {
    if (status != ReviewStatus.DRAFT) {
      throw notADraft(what);
    }
  }

  private ErrorResponseException notADraft(String what) {
    return Problems.problem(HttpStatus.CONFLICT, "Not a draft",
        describe(what) + " אינה ניתנת לעריכה; עריכה אפשרית בטיוטה בלבד",
        Map.of("status", status.name(), "version", number));
  }

  /** "גרסה 2 של תכנית העבודה של מחלקת החינוך (הוגשה לבדיקה)". */
  public String describe(String what) {
    return "גרסה " + number + " של " + what + " (" + status.hebrewName() + ")";
  }

  public boolean isDraft() {
    return status == ReviewStatus.DRAFT;
  }

  public int number() {
    return number;
  }

  public ReviewStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public String reviewComments() {
    return reviewComments;
  }
}
