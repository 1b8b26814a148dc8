package org.maagal.publication;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Publications extends JpaRepository<Publication, Long> {

  List<Publication> findByCycleYearOrderByIdAsc(int year);

  Optional<Publication> findFirstByCycleYearAndPartAndStatusOrderByIdDesc(int year, PublishedPart part,
      PublicationStatus status);

  boolean existsByCycleYearAndPartAndStatus(int year, PublishedPart part, PublicationStatus status);

  Optional<Publication> findByProcessInstanceId(String processInstanceId);

  /** The years with a part on the public site, newest first. */
  @Query("select distinct p.cycleYear from Publication p where p.status = org.maagal.publication.PublicationStatus.PUBLISHED "
      + "order by p.cycleYear desc")
  List<Integer> publishedYears();

  /** What the public site shows of a year: each part's newest published, by id (a snapshot never changes). */
  @Query("select p.id from Publication p where p.cycleYear = :year "
      + "and p.status = org.maagal.publication.PublicationStatus.PUBLISHED order by p.id")
  List<Long> publishedIdsOf(int year);
}
