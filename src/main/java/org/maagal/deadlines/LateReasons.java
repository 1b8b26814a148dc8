package org.maagal.deadlines;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LateReasons extends JpaRepository<LateReason, Long> {

  Optional<LateReason> findFirstByTaskIdOrderByIdDesc(String taskId);
}
