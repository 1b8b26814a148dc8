package org.maagal.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import of HR's units and people, as JSON ({@link Staff}); the newest is the organisation's. */
@Entity
@Table(name = "organization_staff")
class StaffVersion {

  static final int LONGEST_STAFF = 1_000_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_staff_seq")
  @SequenceGenerator(name = "organization_staff_seq", sequenceName = "organization_staff_seq", allocationSize = 50)
  private Long id;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(name = "imported_by", nullable = false, length = 100)
  private String importedBy;

  @Column(name = "file_name", length = 255)
  private String fileName;

  @Column(nullable = false, length = LONGEST_STAFF)
  private String staff;

  protected StaffVersion() {
  }

  StaffVersion(Instant importedAt, String importedBy, String fileName, String staff) {
    this.importedAt = importedAt;
    this.importedBy = importedBy;
    this.fileName = fileName == null || fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
    this.staff = staff;
  }

  Long id() {
    return id;
  }

  Instant importedAt() {
    return importedAt;
  }

  String importedBy() {
    return importedBy;
  }

  String fileName() {
    return fileName;
  }

  String staff() {
    return staff;
  }
}
