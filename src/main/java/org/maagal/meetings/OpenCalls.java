package org.maagal.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpenCalls extends JpaRepository<OpenCall, Long> {

  List<OpenCall> findByCycleYearOrderByIdAsc(int year);

  List<OpenCall> findByClosedAtIsNullOrderByIdAsc();
}
