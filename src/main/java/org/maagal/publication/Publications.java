package org.maagal.publication;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Publications extends JpaRepository<Publication, Long> {

  List<Publication> findByCycleYearOrderByIdAsc(int year);

  boolean existsByCycleYearAndPartAndStatus(int year, PublishedPart part, PublicationStatus status);

  /** The years with a part on the public site, newest first. */
  @Query("select distinct p.cycleYear from Publication p where p.status = org.maagal.publication.PublicationStatus.PUBLISHED "
      + "order by p.cycleYear desc")
  List<Integer> publishedYears();

  /** A publication on the public site, without its snapshot (which never changes, and is kept parsed). */
  record Shown(long id, PublishedPart part, Instant decidedAt) {
  }

  /** What the public site shows of a year: the publications published, oldest first. */
  @Query("select new org.maagal.publication.Publications$Shown(p.id, p.part, p.decidedAt) from Publication p"
      + " where p.cycleYear = :year and p.status = org.maagal.publication.PublicationStatus.PUBLISHED order by p.id")
  List<Shown> publishedOf(int year);
}
