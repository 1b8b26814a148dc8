package org.maagal.publication;

import java.util.Map;
import org.maagal.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The publications' refusals through the API, each a problem detail in Hebrew. */
final class PublicationProblems {

  private PublicationProblems() {
  }

  static ErrorResponseException onlyStrategyUnit() {
    return Problems.problem(HttpStatus.FORBIDDEN, "Strategy unit only",
        "רק היחידה לתכנון אסטרטגי מציעה פרסום לציבור ומסירה פרסום מהאתר");
  }

  static ErrorResponseException notAReader() {
    return Problems.problem(HttpStatus.FORBIDDEN, "Not a reader of publications",
        "ההצעות לפרסום גלויות להנהלה, ליחידה לתכנון אסטרטגי ולחברי הוועדה המחליטה בלבד");
  }

  static ErrorResponseException notFound(long id) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such publication", "אין הצעת פרסום " + id,
        Map.of("publicationId", id));
  }

  static ErrorResponseException unknownPart(String part) {
    return Problems.problem(HttpStatus.BAD_REQUEST, "Unknown part",
        "אין חלק '" + part + "' לפרסום; החלקים: GOALS (עץ המטרות), MONEY (תקציב תכניות העבודה), RESULTS (תוצאות השנה)",
        Map.of("part", String.valueOf(part)));
  }

  static ErrorResponseException nothingToPublish(int year, PublishedPart part, String why) {
    return Problems.problem(HttpStatus.CONFLICT, "Nothing to publish",
        part.hebrewName() + " של " + year + " אינו מוכן לפרסום: " + why, Map.of("year", year, "part", part.name()));
  }

  static ErrorResponseException alreadyProposed(int year, PublishedPart part) {
    return Problems.problem(HttpStatus.CONFLICT, "Already proposed",
        part.hebrewName() + " של " + year + " כבר ממתין להחלטת הוועדה", Map.of("year", year, "part", part.name()));
  }

  static ErrorResponseException notNow(Publication publication, PublicationStatus expected) {
    return Problems.problem(HttpStatus.CONFLICT, "Publication is " + publication.status().name().toLowerCase(),
        "הפרסום " + publication.status().hebrewName() + "; הפעולה אפשרית רק כשהוא " + expected.hebrewName(),
        Map.of("status", publication.status().name()));
  }

  static ErrorResponseException reasonRequired() {
    return Problems.problem(HttpStatus.BAD_REQUEST, "Reason required",
        "יש לכתוב מדוע הפרסום מוסר מהאתר (עד 1000 תווים)");
  }
}
