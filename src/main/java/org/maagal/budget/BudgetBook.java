package org.maagal.budget;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maagal.budget.BudgetBookView.ClauseView;
import org.maagal.budget.BudgetBookView.DepartmentBudget;
import org.maagal.budget.BudgetBookView.ImportedBook;
import org.maagal.cycle.CycleStarted;
import org.maagal.cycle.CycleYearRange;
import org.maagal.organization.Organization;
import org.maagal.organization.Unit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cycle's budget book as other features read it: its clauses and each department's ceilings. */
@Service
public class BudgetBook {

  private static final Comparator<BudgetClause> BY_CODE = Comparator.comparing(BudgetClause::code);
  // the municipality's own money first, then the ministries, funds and partners, each by name
  private static final Comparator<FundingSource> SOURCE_ORDER = Comparator
      .comparing(FundingSource::kind).thenComparing(FundingSource::label);

  private final BudgetBookVersions books;
  private final Organization organization;
  private final Resource initialBook;
  private final Clock clock;

  BudgetBook(BudgetBookVersions books, Organization organization,
      @Value("${maagal.budget.initial-book:}") Resource initialBook, Clock clock) {
    this.books = books;
    this.organization = organization;
    this.initialBook = initialBook;
    this.clock = clock;
  }

  /** The clause of the cycle's current budget book with this code (codes are compared as written, trimmed). */
  @Transactional(readOnly = true)
  public Optional<BudgetClause> clause(int year, String code) {
    if (code == null) {
      return Optional.empty();
    }
    return current(year).flatMap(book -> books.findClause(book.id(), code.strip())).map(BudgetClauseLine::clause);
  }

  /** The department's clauses in the cycle's current budget book, by code. */
  @Transactional(readOnly = true)
  public List<BudgetClause> clausesOf(int year, String departmentId) {
    return current(year).map(book -> books.findClausesOfDepartment(book.id(), departmentId).stream()
        .map(BudgetClauseLine::clause).sorted(BY_CODE).toList()).orElse(List.of());
  }

  /** The department's ceilings: the sum of its clauses, in total and per funding source. */
  @Transactional(readOnly = true)
  public Ceilings ceilingsOf(int year, String departmentId) {
    return ceilings(clausesOf(year, departmentId));
  }

  /** Every department's ceilings in the cycle's current book, read at once; a department without clauses has none. */
  @Transactional(readOnly = true)
  public Map<String, Ceilings> ceilingsByDepartment(int year) {
    var byDepartment = new HashMap<String, List<BudgetClause>>();
    current(year).ifPresent(book -> book.clauses().forEach(clause ->
        byDepartment.computeIfAbsent(clause.departmentId(), key -> new ArrayList<>()).add(clause)));
    var ceilings = new HashMap<String, Ceilings>();
    byDepartment.forEach((departmentId, clauses) -> ceilings.put(departmentId, ceilings(clauses)));
    return ceilings;
  }

  /**
   * A new cycle's book opens as a copy of the newest book of an earlier year, else as the
   * municipality's initial book; a book the treasury imported before the cycle started stays.
   */
  @EventListener
  @Transactional
  public void on(CycleStarted started) {
    openBook(started.year());
  }

  void openBook(int year) {
    if (current(year).isPresent()) {
      return;
    }
    var earlier = books.findFirstByCycleYearLessThanOrderByCycleYearDescNumberDesc(year);
    if (earlier.isPresent()) {
      books.save(new BudgetBookVersion(year, 1, "העתק של ספר התקציב של " + earlier.get().cycleYear(),
          Organization.SYSTEM, Instant.now(clock), earlier.get().clauses()));
    } else if (initialBook != null && initialBook.exists()) {
      books.save(new BudgetBookVersion(year, 1, "ספר התקציב ההתחלתי של הרשות (" + initialBook.getFilename() + ")",
          Organization.SYSTEM, Instant.now(clock), readInitialBook()));
    }
  }

  private List<BudgetClause> readInitialBook() {
    try (InputStream in = initialBook.getInputStream()) {
      var parsed = read(initialBook.getFilename(), in.readAllBytes());
      if (parsed.refused()) {
        throw new IllegalStateException("The initial budget book " + initialBook + " has errors: " + parsed.problems());
      }
      return parsed.clauses();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the initial budget book " + initialBook, e);
    }
  }

  /**
   * The treasury's file becomes the cycle's newest version, or, if any row is wrong, nothing is
   * stored and every wrong row is reported. With {@code dryRun} the same refusals, and nothing stored.
   */
  @Transactional
  ImportedBook importBook(int year, String fileName, byte[] content, String user, boolean dryRun) {
    checkYear(year);
    var parsed = read(fileName, content);
    if (parsed.refused()) {
      throw BudgetProblems.invalidFile(parsed);
    }
    int number = current(year).map(BudgetBookVersion::number).orElse(0) + 1;
    String source = "ייבוא: " + (fileName == null || fileName.isBlank() ? "קובץ ללא שם" : fileName.strip());
    if (!dryRun) {
      books.save(new BudgetBookVersion(year, number, source, user, Instant.now(clock), parsed.clauses()));
    }
    return new ImportedBook(year, number, dryRun, source, parsed.clauses().size(), total(parsed.clauses()),
        parsed.notices(), parsed.sheets(), departments(parsed.clauses(), Optional.empty()));
  }

  /** The cycle's current book, all departments or one. */
  @Transactional(readOnly = true)
  BudgetBookView view(int year, Optional<String> departmentId) {
    departmentId.filter(id -> organization.department(id).isEmpty()).ifPresent(id -> {
      throw BudgetProblems.noDepartment(id);
    });
    var book = current(year).orElseThrow(() -> BudgetProblems.noBook(year));
    var clauses = book.clauses().stream()
        .filter(clause -> departmentId.map(id -> clause.departmentId().equals(id)).orElse(true)).toList();
    return new BudgetBookView(year, book.number(), book.source(), book.createdAt(), book.createdBy(),
        clauses.size(), total(clauses), departments(clauses, departmentId));
  }

  /** An empty book to fill in. */
  byte[] template() {
    return BudgetBookTemplate.write();
  }

  ParsedBook read(String fileName, byte[] content) {
    return BudgetBookSheets.read(fileName, content, name -> organization.department(name).map(Unit::id));
  }

  private Optional<BudgetBookVersion> current(int year) {
    return books.findFirstByCycleYearOrderByNumberDesc(year);
  }

  /** Departments in the organisation's order; a department with no clauses shows with zero ceilings. */
  private List<DepartmentBudget> departments(List<BudgetClause> clauses, Optional<String> only) {
    var departments = only.map(id -> organization.department(id).stream().toList())
        .orElseGet(organization::departments);
    return departments.stream().map(department -> {
      var own = clausesOf(clauses, department.id());
      return new DepartmentBudget(department.id(), department.name(), ceilings(own),
          own.stream().map(ClauseView::of).toList());
    }).toList();
  }

  private static List<BudgetClause> clausesOf(List<BudgetClause> clauses, String departmentId) {
    return clauses.stream().filter(clause -> clause.departmentId().equals(departmentId)).sorted(BY_CODE).toList();
  }

  /** The ceilings these clauses make: their sum, in total and per funding source. */
  public static Ceilings ceilings(List<BudgetClause> clauses) {
    var bySource = new LinkedHashMap<String, BigDecimal>();
    clauses.stream().sorted(Comparator.comparing(BudgetClause::source, SOURCE_ORDER))
        .forEach(clause -> bySource.merge(clause.source().label(), clause.amount(), BigDecimal::add));
    return new Ceilings(total(clauses), Collections.unmodifiableMap(bySource));
  }

  private static BigDecimal total(List<BudgetClause> clauses) {
    return clauses.stream().map(BudgetClause::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2);
  }

  private static void checkYear(int year) {
    if (!CycleYearRange.contains(year)) {
      throw BudgetProblems.badYear(year);
    }
  }
}
