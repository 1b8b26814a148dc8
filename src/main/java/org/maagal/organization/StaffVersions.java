package org.maagal.organization;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffVersions extends JpaRepository<StaffVersion, Long> {

  Optional<StaffVersion> findFirstByOrderByIdDesc();

  @Query("select max(v.id) from StaffVersion v")
  Long newestId();
}
