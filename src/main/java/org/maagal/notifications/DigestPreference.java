package org.maagal.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who asked for one daily digest of their reminders instead of a mail per task. */
@Entity
@Table(name = "digest_preference")
class DigestPreference {

  @Id
  @Column(length = 100)
  private String personId;
  private boolean daily;

  protected DigestPreference() {
  }

  DigestPreference(String personId, boolean daily) {
    this.personId = personId;
    this.daily = daily;
  }

  void daily(boolean daily) {
    this.daily = daily;
  }

  boolean daily() {
    return daily;
  }

  String personId() {
    return personId;
  }
}
