package org.maagal.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChannelPictures extends JpaRepository<ChannelPicture, Long> {

  List<ChannelPicture> findByCycleYearOrderByTeamIdAscIdDesc(int cycleYear);
}
