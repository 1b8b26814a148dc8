package org.maagal.picture;

import org.springframework.data.jpa.repository.JpaRepository;

interface CityPictures extends JpaRepository<CityPicture, Integer> {
}
