package org.maagal.cycle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Cycles extends JpaRepository<Cycle, Long> {

  Optional<Cycle> findByYear(int year);

  boolean existsByYear(int year);

  List<Cycle> findAllByOrderByYearDesc();
}
