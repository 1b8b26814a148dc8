package org.maagal.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeScopes extends JpaRepository<ProgrammeScope, Long> {

  Optional<ProgrammeScope> findByItemId(Long itemId);

  /** The scopes approved for this year or before, the newest year first (and the latest decided first). */
  List<ProgrammeScope> findByStatusAndCycleYearLessThanEqualOrderByCycleYearDescDecidedAtDesc(
      ProgrammeScope.Status status, int cycleYear);

  List<ProgrammeScope> findByCycleYearOrderByProposedAtAsc(int cycleYear);
}
