package org.maagal.reviewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.maagal.forms.FormValues;
import org.springframework.web.ErrorResponseException;

/** The one reviewed life, transition by transition: what each status allows, and what it refuses and keeps. */
class ReviewedVersionTest {

  private static final String PLAN = "תכנית העבודה של מחלקת נוער";
  private static final Instant CREATED = Instant.parse("2027-03-01T08:00:00Z");
  private static final Instant SUBMITTED = Instant.parse("2027-03-02T08:00:00Z");
  private static final Instant DECIDED = Instant.parse("2027-03-03T08:00:00Z");

  @Test
  void aVersionStartsAsTheFirstDraft() {
    var version = ReviewedVersion.first("maagal", CREATED);

    assertThat(version.number()).isEqualTo(1);
    assertThat(version.status()).isEqualTo(ReviewStatus.DRAFT);
    assertThat(version.isDraft()).isTrue();
    assertThat(version.createdBy()).isEqualTo("maagal");
    assertThat(version.createdAt()).isEqualTo(CREATED);
    assertThat(version.submittedBy()).isNull();
    assertThat(version.reviewedBy()).isNull();
  }

  @Test
  void aSubmittedDraftIsFrozenForReviewWithWhoSubmittedIt() {
    var version = at(ReviewStatus.DRAFT);

    version.submit(PLAN, "itay-ron", SUBMITTED);

    assertThat(version.status()).isEqualTo(ReviewStatus.SUBMITTED);
    assertThat(version.submittedBy()).isEqualTo("itay-ron");
    assertThat(version.submittedAt()).isEqualTo(SUBMITTED);
    assertThatThrownBy(() -> version.requireDraft(PLAN)).isInstanceOf(ErrorResponseException.class);
  }

  @Test
  void anApprovedVersionRecordsItsReviewer() {
    var version = at(ReviewStatus.SUBMITTED);

    version.decide(PLAN, true, null, "eyal-friedman", DECIDED);

    assertThat(version.status()).isEqualTo(ReviewStatus.APPROVED);
    assertThat(version.reviewedBy()).isEqualTo("eyal-friedman");
    assertThat(version.reviewedAt()).isEqualTo(DECIDED);
    assertThat(version.reviewComments()).isNull();
  }

  @Test
  void aReturnedVersionKeepsWhatToCorrect() {
    var version = at(ReviewStatus.SUBMITTED);

    version.decide(PLAN, false, "חסר יעד לפעילות", "eyal-friedman", DECIDED);

    assertThat(version.status()).isEqualTo(ReviewStatus.RETURNED);
    assertThat(version.reviewComments()).isEqualTo("חסר יעד לפעילות");
    assertThat(version.reviewedBy()).isEqualTo("eyal-friedman");
  }

  @Test
  void aReturnWithoutSayingWhatToCorrectIsRefusedAndTheVersionStaysSubmitted() {
    var version = at(ReviewStatus.SUBMITTED);

    assertThatThrownBy(() -> version.decide(PLAN, false, "  ", "eyal-friedman", DECIDED))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage(FormValues.REFUSED + "בהחזרת תכנית העבודה של מחלקת נוער לתיקון יש לכתוב מה לתקן");
    assertThat(version.status()).isEqualTo(ReviewStatus.SUBMITTED);
    assertThat(version.reviewedBy()).isNull();
  }

  @ParameterizedTest
  @EnumSource(value = ReviewStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
  void onlyADraftIsSubmitted(ReviewStatus status) {
    var version = at(status);
    var submittedBefore = version.submittedAt();

    assertThatThrownBy(() -> version.submit(PLAN, "itay-ron", DECIDED))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage(FormValues.REFUSED + "גרסה 1 של תכנית העבודה של מחלקת נוער (" + status.hebrewName()
            + ") אינה טיוטה, ולכן אינה ניתנת להגשה");
    assertThat(version.status()).isEqualTo(status);
    assertThat(version.submittedAt()).isEqualTo(submittedBefore);
  }

  @ParameterizedTest
  @EnumSource(value = ReviewStatus.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
  void onlyASubmittedVersionIsApprovedOrReturned(ReviewStatus status) {
    for (boolean approved : new boolean[] {true, false}) {
      var version = at(status);

      assertThatThrownBy(() -> version.decide(PLAN, approved, "הערה", "eyal-friedman", DECIDED))
          .isInstanceOf(BadUserRequestException.class)
          .hasMessage(FormValues.REFUSED + "גרסה 1 של תכנית העבודה של מחלקת נוער (" + status.hebrewName()
              + ") אינה ממתינה לבדיקה");
      assertThatThrownBy(() -> version.requireSubmitted(PLAN)).isInstanceOf(BadUserRequestException.class);
      assertThat(version.status()).isEqualTo(status);
    }
  }

  @Test
  void aReturnedVersionStaysAsItWasAndItsCopyIsTheNextDraft() {
    var returned = at(ReviewStatus.RETURNED);

    var next = returned.nextDraft(PLAN, "eyal-friedman", DECIDED);

    assertThat(next.number()).isEqualTo(2);
    assertThat(next.status()).isEqualTo(ReviewStatus.DRAFT);
    assertThat(next.createdBy()).isEqualTo("eyal-friedman");
    assertThat(next.createdAt()).isEqualTo(DECIDED);
    assertThat(next.submittedBy()).isNull();
    assertThat(next.reviewComments()).isNull();
    assertThat(returned.status()).isEqualTo(ReviewStatus.RETURNED);
    assertThat(returned.number()).isEqualTo(1);
    assertThat(returned.reviewComments()).isEqualTo("חסר יעד לפעילות");
  }

  @ParameterizedTest
  @EnumSource(value = ReviewStatus.class, names = "RETURNED", mode = EnumSource.Mode.EXCLUDE)
  void onlyAReturnedVersionHasANextDraft(ReviewStatus status) {
    var version = at(status);

    assertThatThrownBy(() -> version.nextDraft(PLAN, "eyal-friedman", DECIDED))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("גרסה 1 של תכנית העבודה של מחלקת נוער (" + status.hebrewName() + ") לא הוחזרה");
  }

  @ParameterizedTest
  @EnumSource(value = ReviewStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
  void onlyADraftIsEditedAndAnythingElseIsAConflictInHebrew(ReviewStatus status) {
    var version = at(status);

    assertThatThrownBy(() -> version.requireDraft(PLAN)).isInstanceOfSatisfying(ErrorResponseException.class,
        refused -> {
          assertThat(refused.getStatusCode().value()).isEqualTo(409);
          assertThat(refused.getBody().getDetail()).isEqualTo("גרסה 1 של תכנית העבודה של מחלקת נוער ("
              + status.hebrewName() + ") אינה ניתנת לעריכה; עריכה אפשרית בטיוטה בלבד");
          assertThat(refused.getBody().getProperties()).containsEntry("status", status.name());
        });
  }

  @Test
  void aDraftMayBeEdited() {
    var draft = at(ReviewStatus.DRAFT);

    draft.requireDraft(PLAN);

    assertThat(draft.isDraft()).isTrue();
  }

  static Stream<Arguments> everyChange() {
    return EnumSet.allOf(ReviewStatus.class).stream()
        .flatMap(from -> EnumSet.allOf(ReviewStatus.class).stream().map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest
  @MethodSource("everyChange")
  void exactlyThreeChangesOfStatusAreAllowed(ReviewStatus from, ReviewStatus to) {
    boolean allowed = from == ReviewStatus.DRAFT && to == ReviewStatus.SUBMITTED
        || from == ReviewStatus.SUBMITTED && (to == ReviewStatus.APPROVED || to == ReviewStatus.RETURNED);

    assertThat(from.mayBecome(to)).isEqualTo(allowed);
  }

  @Test
  void whatADepartmentStandsByIsWhatItSubmittedOrWhatWasApproved() {
    assertThat(EnumSet.allOf(ReviewStatus.class)).filteredOn(ReviewStatus::handedIn)
        .containsExactlyInAnyOrder(ReviewStatus.SUBMITTED, ReviewStatus.APPROVED);
  }

  @Test
  void eachStatusHasAHebrewNameThatAgreesWithAVersion() {
    assertThat(EnumSet.allOf(ReviewStatus.class)).extracting(ReviewStatus::hebrewName)
        .containsExactly("טיוטה", "הוגשה לבדיקה", "הוחזרה לתיקון", "אושרה");
  }

  /** Version 1 at the status, reached the way the life goes. */
  private static ReviewedVersion at(ReviewStatus status) {
    var version = ReviewedVersion.first("maagal", CREATED);
    if (status != ReviewStatus.DRAFT) {
      version.submit(PLAN, "itay-ron", SUBMITTED);
    }
    if (status == ReviewStatus.APPROVED || status == ReviewStatus.RETURNED) {
      version.decide(PLAN, status == ReviewStatus.APPROVED, "חסר יעד לפעילות", "eyal-friedman", DECIDED);
    }
    return version;
  }
}
