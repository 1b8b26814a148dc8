package org.maagal.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DesignApplicants extends JpaRepository<DesignApplicant, Long> {

  List<DesignApplicant> findByCycleYearOrderByIdAsc(int cycleYear);

  List<DesignApplicant> findByItemId(Long itemId);
}
