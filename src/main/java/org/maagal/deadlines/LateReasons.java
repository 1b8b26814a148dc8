package org.maagal.deadlines;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LateReasons extends JpaRepository<LateReason, Long> {

  List<LateReason> findByTaskIdInOrderByIdAsc(Collection<String> taskIds);
}
