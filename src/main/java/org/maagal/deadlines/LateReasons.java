package org.maagal.deadlines;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LateReasons extends JpaRepository<LateReason, Long> {

  Optional<LateReason> findFirstByTaskIdOrderByIdDesc(String taskId);

  List<LateReason> findByTaskIdInOrderByIdAsc(Collection<String> taskIds);
}
