package org.maagal.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CityDataRecords extends JpaRepository<CityData, Long> {

  List<CityData> findByCycleYearOrderByIdDesc(int cycleYear);
}
