package org.maagal.goals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.maagal.cycle.CycleStarted;
import org.maagal.database.ChangeStamp;
import org.maagal.forms.FormText;
import org.maagal.goals.GoalTreeView.DomainView;
import org.maagal.goals.GoalTreeView.GoalView;
import org.maagal.goals.GoalTreeView.IndicatorView;
import org.maagal.goals.GoalTreeView.Measure;
import org.maagal.goals.GoalTreeView.TargetView;
import org.maagal.goals.GoalTreeView.VersionSummary;
import org.maagal.organization.Domain;
import org.maagal.organization.Organization;
import org.maagal.organization.Unit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each cycle's goal tree: opens it when the cycle starts, takes the design committee's
 * revisions as new versions, freezes the version the steering committee approves, and reads any
 * version back as a tree or a spreadsheet.
 */
@Service
public class GoalTreeService {


  private final GoalTreeVersions versions;
  private final Organization organization;
  private final GoalTreeSheets sheets;
  private final PlanningInputs inputs;
  private final Resource initialTree;
  private final Clock clock;
  /** The measurement feature's actual values; absent where no feature measures. */
  private final ObjectProvider<IndicatorActuals> actuals;

  GoalTreeService(GoalTreeVersions versions, Organization organization, GoalTreeSheets sheets, PlanningInputs inputs,
      @Value("${maagal.goals.initial-tree:}") Resource initialTree, Clock clock,
      ObjectProvider<IndicatorActuals> actuals) {
    this.versions = versions;
    this.organization = organization;
    this.sheets = sheets;
    this.inputs = inputs;
    this.initialTree = initialTree;
    this.clock = clock;
    this.actuals = actuals;
  }

  /** A new cycle starts from a copy of the last approved tree, or from the municipality's initial tree. */
  @EventListener
  @Transactional
  public void on(CycleStarted started) {
    openTree(started.year());
  }

  void openTree(int year) {
    if (versions.findFirstByCycleYearOrderByNumberDesc(year).isPresent()) {
      return;
    }
    var previous = versions.findFirstByCycleYearLessThanAndStatusOrderByCycleYearDesc(year, VersionStatus.APPROVED);
    if (previous.isPresent()) {
      var approved = previous.get();
      var lines = approved.copyOfLines();
      int measuredYear = approved.cycleYear();
      var measured = actuals.getIfAvailable();
      int rebased = measured == null ? 0 : Rebaseline.apply(lines, measured.of(measuredYear), measuredYear);
      save(year, 1, "העתק של העץ המאושר של " + measuredYear + " (גרסה " + approved.number() + ")"
          + Rebaseline.describe(measuredYear, rebased), Organization.SYSTEM, lines, approved.vision());
    } else if (initialTree != null && initialTree.exists()) {
      var initial = readInitialTree();
      save(year, 1, "העץ ההתחלתי של הרשות (" + initialTree.getFilename() + ")", Organization.SYSTEM,
          resolve(initial.rows()), initial.vision());
    } else {
      save(year, 1, "עץ ריק", Organization.SYSTEM, List.of(), null);
    }
  }

  private ParsedSheet readInitialTree() {
    try (InputStream in = initialTree.getInputStream()) {
      var parsed = sheets.read(initialTree.getFilename(), in.readAllBytes());
      if (!parsed.problems().isEmpty()) {
        throw new IllegalStateException("The initial goal tree " + initialTree + " has errors: " + parsed.problems());
      }
      return parsed;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the initial goal tree " + initialTree, e);
    }
  }

  /**
   * The design committee's revision, from a spreadsheet: the whole file becomes the cycle's newest
   * draft, or, if any row is wrong, nothing changes and every wrong row is reported. Columns the
   * import does not know are not read; the answer names them.
   */
  @Transactional
  public ImportedDraft importDraft(int year, String fileName, String contentType, byte[] content, String user) {
    var latest = newest(year);
    var parsed = readDraft(year, fileName, contentType, content);
    versions.findByCycleYearOrderByNumberAsc(year).stream()
        .filter(version -> version.status() == VersionStatus.DRAFT).forEach(GoalTreeVersion::supersede);
    // a sheet without a vision line (a CSV saved from Excel, say) keeps the vision the tree had
    return new ImportedDraft(view(save(year, latest.number() + 1, "ייבוא: " + fileName, user,
        resolve(parsed.rows()), parsed.vision() != null ? parsed.vision() : latest.vision())), parsed.notices());
  }

  /**
   * What {@link #importDraft} would store, compared with the cycle's newest version, and nothing
   * stored: the same refusals, so that a file that previews well also imports.
   */
  @Transactional(readOnly = true)
  ImportPreview previewDraft(int year, String fileName, String contentType, byte[] content) {
    var latest = newest(year);
    var parsed = readDraft(year, fileName, contentType, content);
    var changes = GoalTreeDiff.between(rows(latest.lines()), rows(resolve(parsed.rows())));
    return new ImportPreview(year, latest.number(), fileName, parsed.rows().size(), parsed.notices(),
        parsed.sheets(), changes);
  }

  /**
   * The difference between two versions; without {@code to} the newest, without {@code from} the
   * one before {@code to}.
   */
  @Transactional(readOnly = true)
  VersionDiff diff(int year, Optional<Integer> from, Optional<Integer> to) {
    from.filter(number -> number < 1).ifPresent(number -> {
      throw GoalTreeProblems.badVersion("from", number);
    });
    to.filter(number -> number < 1).ifPresent(number -> {
      throw GoalTreeProblems.badVersion("to", number);
    });
    int toNumber = to.orElseGet(() -> newest(year).number());
    if (from.isEmpty() && toNumber == 1) {
      version(year, to);
      throw GoalTreeProblems.noEarlierVersion(year, toNumber);
    }
    var older = version(year, Optional.of(from.orElse(toNumber - 1)));
    var newer = version(year, Optional.of(toNumber));
    return new VersionDiff(year, older.number(), newer.number(),
        GoalTreeDiff.between(rows(older.lines()), rows(newer.lines())));
  }

  private GoalTreeVersion newest(int year) {
    return versions.findFirstByCycleYearOrderByNumberDesc(year).orElseThrow(() -> GoalTreeProblems.noTree(year));
  }

  /** A draft file read and checked: refused whole, every wrong row listed, if anything is wrong. */
  private ParsedSheet readDraft(int year, String fileName, String contentType, byte[] content) {
    refuseIfFrozen(year);
    var parsed = sheets.read(SheetFormat.of(fileName, contentType), content);
    var problems = new ArrayList<>(parsed.problems());
    problems.addAll(unknownNames(parsed));
    if (!problems.isEmpty()) {
      problems.sort(RowProblem.fileOrder(parsed.sheets()));
      throw GoalTreeProblems.invalidFile(problems, parsed);
    }
    return parsed;
  }

  /** Lines as people read them, with the domain's and the department's names, for comparing. */
  private List<GoalTreeRow> rows(List<GoalTreeLine> lines) {
    return lines.stream()
        .map(line -> line.row(organization.domain(line.domainId()).map(Domain::name).orElse(line.domainId()),
            line.ownerDepartmentId() == null ? null : organization.unitName(line.ownerDepartmentId())))
        .toList();
  }

  /** The version the design committee votes on: the cycle's newest draft. */
  @Transactional(readOnly = true)
  public int currentDraft(int year) {
    refuseIfFrozen(year);
    return versions.findFirstByCycleYearOrderByNumberDesc(year).filter(v -> v.status() == VersionStatus.DRAFT)
        .orElseThrow(() -> GoalTreeProblems.noTree(year)).number();
  }

  /** The steering committee approved this version: it is the cycle's tree from now on, frozen. */
  @Transactional
  public void approve(int year, int number, String approvedBy) {
    refuseIfFrozen(year);
    versions.findByCycleYearAndNumber(year, number).orElseThrow(() -> GoalTreeProblems.noVersion(year, number))
        .approve(approvedBy, Instant.now(clock));
  }

  /** The approved tree, or while there is none the newest draft; or the version asked for. */
  @Transactional(readOnly = true)
  public GoalTreeView tree(int year, Optional<Integer> number) {
    return view(version(year, number));
  }

  /** One page of the cycle's versions, oldest first (a version's number is unique in its cycle). */
  @Transactional(readOnly = true)
  PageOf<VersionSummary> versions(int year, PageQuery page) {
    var found = versions.findByCycleYearOrderByNumberAsc(year, page.pageable());
    if (found.getTotalElements() == 0) {
      throw GoalTreeProblems.noTree(year);
    }
    return PageOf.of(found.map(v -> new VersionSummary(v.number(), v.status(), v.source(), v.createdAt(),
        v.createdBy(), v.approvedAt(), v.approvedBy(), v.lines().size())));
  }

  /** The cycle's newest version as the municipality's sheet in CSV: what a revision downloads, edits and imports. */
  @Transactional(readOnly = true)
  public byte[] newestAsCsv(int year) {
    int newest = newest(year).number();
    return export(year, Optional.of(newest), SheetFormat.CSV);
  }

  @Transactional(readOnly = true)
  byte[] export(int year, Optional<Integer> number, SheetFormat format) {
    var version = version(year, number);
    var rows = rows(version.lines());
    return format == SheetFormat.XLSX
        ? sheets.writeXlsx(rows, "עץ מטרות " + year + " גרסה " + version.number(), version.vision())
        : sheets.writeCsv(rows);
  }

  /** An empty goal tree to fill in for the cycle; the same for every cycle but for its sheet's name. */
  byte[] template(int year) {
    return sheets.template("עץ מטרות " + year);
  }

  /** Changes whenever a version of the cycle's tree is added, approved or superseded (see {@link ChangeStamp}). */
  @Transactional(readOnly = true)
  public ChangeStamp changeStamp(int year) {
    return versions.changeStamp(year);
  }

  /**
   * The targets of the cycle's approved tree in the tree's order, each once with the id of its first
   * line; empty while no version is approved. Goals without a target have nothing to link to.
   */
  @Transactional(readOnly = true)
  public List<ApprovedTarget> approvedTargets(int year) {
    var approved = versions.findFirstByCycleYearAndStatus(year, VersionStatus.APPROVED);
    if (approved.isEmpty()) {
      return List.of();
    }
    var byKey = new LinkedHashMap<List<String>, List<GoalTreeLine>>();
    for (GoalTreeLine line : approved.get().lines()) {
      if (line.target() != null) {
        byKey.computeIfAbsent(List.of(line.domainId(), line.goal(), line.target()), key -> new ArrayList<>()).add(line);
      }
    }
    return byKey.values().stream().map(lines -> {
      var first = lines.get(0);
      return new ApprovedTarget(first.id(), first.domainId(),
          organization.domain(first.domainId()).map(Domain::name).orElse(first.domainId()), first.goal(),
          first.target(), lines.stream().map(GoalTreeLine::ownerDepartmentId).filter(Objects::nonNull)
              .distinct().toList(),
          lines.stream().map(GoalTreeLine::indicator).filter(Objects::nonNull).toList());
    }).toList();
  }

  /**
   * What a department sees in its situation assessment: the indicators it owns in the cycle's
   * tree, with their baseline and target, one per line in Hebrew; empty if it owns none.
   */
  @Transactional(readOnly = true)
  public String indicatorsOf(int year, String departmentId) {
    return versions.findFirstByCycleYearOrderByNumberDesc(year).map(GoalTreeVersion::lines).orElse(List.of())
        .stream().filter(line -> departmentId.equals(line.ownerDepartmentId()) && line.indicator() != null)
        .map(GoalTreeService::describe).collect(Collectors.collectingAndThen(Collectors.toList(),
            lines -> FormText.of(lines, "כולם בדף עץ המטרות /goals/?year=" + year)));
  }

  private static String describe(GoalTreeLine line) {
    var row = line.row(null, null);
    return "• " + row.indicator() + ": " + plain(row.baselineValue()) + " " + row.unit() + " ב-" + row.baselineYear()
        + ", יעד " + plain(row.targetValue()) + " ב-" + row.targetYear();
  }

  private static String plain(BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }

  private GoalTreeVersion version(int year, Optional<Integer> number) {
    if (number.isPresent()) {
      return versions.findByCycleYearAndNumber(year, number.get())
          .orElseThrow(() -> GoalTreeProblems.noVersion(year, number.get()));
    }
    return versions.findFirstByCycleYearAndStatus(year, VersionStatus.APPROVED)
        .or(() -> versions.findFirstByCycleYearOrderByNumberDesc(year))
        .orElseThrow(() -> GoalTreeProblems.noTree(year));
  }

  private void refuseIfFrozen(int year) {
    versions.findFirstByCycleYearAndStatus(year, VersionStatus.APPROVED).ifPresent(approved -> {
      throw GoalTreeProblems.frozen(year, approved.number());
    });
  }

  private List<RowProblem> unknownNames(ParsedSheet parsed) {
    var problems = new ArrayList<RowProblem>();
    for (int i = 0; i < parsed.rows().size(); i++) {
      var row = parsed.rows().get(i);
      if (organization.domain(row.domain()).isEmpty()) {
        problems.add(parsed.problem(i, GoalTreeColumn.DOMAIN,
            "התחום '" + row.domain() + "' אינו אחד מתחומי הרשות"));
      }
      if (row.ownerDepartment() != null && organization.department(row.ownerDepartment()).isEmpty()) {
        problems.add(parsed.problem(i, GoalTreeColumn.OWNER_DEPARTMENT,
            "המחלקה '" + row.ownerDepartment() + "' אינה מחלקה ברשות"));
      }
    }
    return problems;
  }

  private List<GoalTreeLine> resolve(List<GoalTreeRow> rows) {
    return rows.stream().map(row -> new GoalTreeLine(row,
        organization.domain(row.domain()).map(Domain::id).orElseThrow(),
        row.ownerDepartment() == null ? null : organization.department(row.ownerDepartment()).map(Unit::id)
            .orElseThrow())).toList();
  }

  private GoalTreeVersion save(int year, int number, String source, String user, List<GoalTreeLine> lines,
      String vision) {
    return versions.save(new GoalTreeVersion(year, number, source, user, Instant.now(clock), lines, vision));
  }

  private GoalTreeView view(GoalTreeVersion version) {
    var domains = grouped(version.lines(), GoalTreeLine::domainId).entrySet().stream()
        .map(domain -> new DomainView(domain.getKey(),
            organization.domain(domain.getKey()).map(Domain::name).orElse(domain.getKey()), goals(domain.getValue())))
        .toList();
    return new GoalTreeView(version.cycleYear(), version.number(), version.status(), version.source(),
        version.createdAt(), version.createdBy(), version.approvedAt(), version.approvedBy(), version.vision(),
        domains);
  }

  private List<GoalView> goals(List<GoalTreeLine> lines) {
    return grouped(lines, GoalTreeLine::goal).entrySet().stream()
        .map(goal -> new GoalView(goal.getKey(), targets(goal.getValue()))).toList();
  }

  /** A goal-only line has no target; a target without indicators yet has no indicator. */
  private List<TargetView> targets(List<GoalTreeLine> lines) {
    var withTarget = lines.stream().filter(line -> line.target() != null).toList();
    return grouped(withTarget, GoalTreeLine::target).entrySet().stream()
        .map(target -> new TargetView(target.getKey(), target.getValue().stream()
            .filter(line -> line.indicator() != null).map(this::indicator).toList()))
        .toList();
  }

  private IndicatorView indicator(GoalTreeLine line) {
    var row = line.row(null, null);
    String owner = line.ownerDepartmentId();
    return new IndicatorView(row.indicator(), row.unit(), row.direction(),
        new Measure(row.baselineValue(), row.baselineYear()), new Measure(row.targetValue(), row.targetYear()),
        owner, owner == null ? null : organization.unitName(owner), row.dataSource(), row.ceoIndicator());
  }

  /** Lines grouped by a key, in the order of the tree. */
  private static <K> Map<K, List<GoalTreeLine>> grouped(List<GoalTreeLine> lines, Function<GoalTreeLine, K> key) {
    return lines.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
  }

  /** The CEO's management emphases for the year, the newest given; null until given. */
  @Transactional(readOnly = true)
  public String managementEmphases(int year) {
    return planningInputs(year).stream().filter(input -> input.kind() == PlanningInput.Kind.MANAGEMENT_EMPHASES)
        .reduce((first, second) -> second).map(PlanningInput.PlanningInputView::text).orElse(null);
  }

  /**
   * The CEO's emphases of the year as items, numbered from 1 in this order: an activity of a work plan serves an
   * emphasis by its number. Empty until the CEO gives them.
   */
  @Transactional(readOnly = true)
  public List<String> emphases(int year) {
    return ManagementEmphases.items(managementEmphases(year));
  }

  /** Each working team's recommended goals for its channel, by the team's name, the newest of each. */
  @Transactional(readOnly = true)
  public Map<String, String> channelRecommendations(int year) {
    var recommendations = new LinkedHashMap<String, String>();
    planningInputs(year).stream().filter(input -> input.kind() == PlanningInput.Kind.CHANNEL_RECOMMENDATION)
        .forEach(input -> recommendations.put(input.teamName(), input.text()));
    return recommendations;
  }

  /** What the design committee drafts from: the CEO's emphases and the teams' recommendations. */
  @Transactional(readOnly = true)
  List<PlanningInput.PlanningInputView> planningInputs(int year) {
    return inputs.findByCycleYearOrderByIdAsc(year).stream()
        .map(input -> input.view(input.teamId() == null ? null : organization.committeeName(input.teamId()))).toList();
  }
}
