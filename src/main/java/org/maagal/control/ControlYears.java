package org.maagal.control;

import org.springframework.data.jpa.repository.JpaRepository;

interface ControlYears extends JpaRepository<ControlYear, Integer> {
}
