package org.maagal.goals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.maagal.api.Download;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/cycles/{year}/goals")
@Tag(name = "goals", description = "עץ המטרות: תחומים, מטרות, יעדים ומדדים")
class GoalTreeController {

  private final GoalTreeService goals;

  GoalTreeController(GoalTreeService goals) {
    this.goals = goals;
  }

  @GetMapping("/inputs")
  @Operation(summary = "What the design committee drafts from: the CEO's emphases and the teams' recommendations")
  List<PlanningInput.PlanningInputView> inputs(@PathVariable int year) {
    return goals.planningInputs(year);
  }

  @GetMapping
  @Operation(summary = "The cycle's goal tree: the approved version, else the newest draft, or ?version=n")
  GoalTreeView tree(@PathVariable int year, @RequestParam Optional<Integer> version) {
    return goals.tree(year, version);
  }

  @GetMapping("/targets")
  @Operation(summary = "The targets of the approved tree that work plans link to, each with its id, domain, goal, "
      + "owner departments and indicators; empty while no version is approved")
  List<ApprovedTarget> targets(@PathVariable int year) {
    return goals.approvedTargets(year);
  }

  @GetMapping("/versions")
  @Operation(summary = "Every version of the cycle's goal tree (404 if the cycle has none)",
      description = "Paged. Oldest first, by version number.")
  PageOf<GoalTreeView.VersionSummary> versions(@PathVariable int year, PageQuery page) {
    return goals.versions(year, page);
  }

  @GetMapping("/export.xlsx")
  @Operation(summary = "The goal tree as an Excel file with Hebrew headers (as GET, or ?version=n)")
  ResponseEntity<byte[]> exportXlsx(@PathVariable int year, @RequestParam Optional<Integer> version) {
    return Download.of(goals.export(year, version, SheetFormat.XLSX), "goal-tree-" + year + ".xlsx", Download.XLSX);
  }

  @GetMapping("/template.xlsx")
  @Operation(summary = "An empty goal tree to fill in: an Excel file with the Hebrew headers, one sample row, "
      + "and a sheet \"הסבר\" explaining each column")
  ResponseEntity<byte[]> template(@PathVariable int year) {
    return Download.of(goals.template(year), "goal-tree-template-" + year + ".xlsx", Download.XLSX);
  }

  @GetMapping("/export.csv")
  @Operation(summary = "The goal tree as CSV (UTF-8 with BOM, for Excel) with Hebrew headers")
  ResponseEntity<byte[]> exportCsv(@PathVariable int year, @RequestParam Optional<Integer> version) {
    return Download.of(goals.export(year, version, SheetFormat.CSV), "goal-tree-" + year + ".csv",
        new MediaType("text", "csv", StandardCharsets.UTF_8));
  }

  @GetMapping("/diff")
  @Operation(summary = "What changed between two versions: goals, targets and indicators added, removed and changed, "
      + "with old and new values",
      description = "Without `to` the newest version, without `from` the one before `to`. A line is known by domain, "
          + "goal, target and indicator text, so a reworded goal shows as removed and added. 404 for a missing version, "
          + "400 for a version number below 1 or a first version without `from`.")
  VersionDiff diff(@PathVariable int year, @RequestParam Optional<Integer> from, @RequestParam Optional<Integer> to) {
    return goals.diff(year, from, to);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "A revised tree from an XLSX or CSV file becomes the newest draft "
      + "(strategy unit or design committee); a file with any wrong row is refused whole, every row listed "
      + "by its row, column letter and header. The sheet may have a title above its header, columns in any "
      + "order and in common spellings, groups written once; unknown columns are not read and named in notices",
      description = "With `dryRun=true` nothing is stored: the answer (200) is the preview — rows read, what would be "
          + "added, removed and changed against the newest version, the file's notices. Without it the file is stored "
          + "as a new version (201). A wrong file is the same 400 problem either way.")
  @ApiResponse(responseCode = "201", description = "Stored as the newest draft",
      content = @Content(schema = @Schema(implementation = ImportedDraft.class)))
  @ApiResponse(responseCode = "200", description = "dryRun=true: what would be stored; nothing was",
      content = @Content(schema = @Schema(implementation = ImportPreview.class)))
  ResponseEntity<?> importDraft(@PathVariable int year, @RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun, Principal user) throws IOException {
    if (dryRun) {
      return ResponseEntity.ok(goals.previewDraft(year, file.getOriginalFilename(), file.getContentType(),
          file.getBytes()));
    }
    var draft = goals.importDraft(year, file.getOriginalFilename(), file.getContentType(), file.getBytes(), user.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(draft);
  }

}
