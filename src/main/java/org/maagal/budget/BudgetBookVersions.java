package org.maagal.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BudgetBookVersions extends JpaRepository<BudgetBookVersion, Long> {

  /** The cycle's current book. */
  Optional<BudgetBookVersion> findFirstByCycleYearOrderByNumberDesc(int cycleYear);

  List<BudgetBookVersion> findByCycleYearOrderByNumberAsc(int cycleYear);

  // Other features ask for one clause or one department at a time; a book holds thousands of clauses.
  @Query("select line from BudgetBookVersion book join book.clauses line where book.id = :bookId and line.code = :code")
  Optional<BudgetClauseLine> findClause(long bookId, String code);

  @Query("select line from BudgetBookVersion book join book.clauses line "
      + "where book.id = :bookId and line.departmentId = :departmentId")
  List<BudgetClauseLine> findClausesOfDepartment(long bookId, String departmentId);

  /** The newest book of an earlier cycle: where a new cycle's book starts from. */
  Optional<BudgetBookVersion> findFirstByCycleYearLessThanOrderByCycleYearDescNumberDesc(int cycleYear);
}
