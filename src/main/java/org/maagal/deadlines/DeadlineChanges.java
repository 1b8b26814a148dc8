package org.maagal.deadlines;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineChanges extends JpaRepository<DeadlineChange, Long> {

  List<DeadlineChange> findByTaskIdInOrderByIdAsc(Collection<String> taskIds);
}
