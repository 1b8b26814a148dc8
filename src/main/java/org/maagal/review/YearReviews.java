package org.maagal.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface YearReviews extends JpaRepository<YearReview, Integer> {
}
