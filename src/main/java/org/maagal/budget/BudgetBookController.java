package org.maagal.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.maagal.api.Download;
import org.maagal.budget.BudgetBookView.ImportedBook;
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
@RequestMapping("/api/cycles/{year}/budget")
@Tag(name = "budget", description = "ספר התקציב של המעגל: סעיפים תקציביים, מקורות מימון ותקרות המחלקות")
class BudgetBookController {

  private final BudgetBook book;

  BudgetBookController(BudgetBook book) {
    this.book = book;
  }

  @GetMapping
  @Operation(summary = "The cycle's current budget book: its version and source, and per department its clauses "
      + "and ceilings (in total and per funding source)",
      description = "`?department=<id>` shows one department. 404 when the cycle has no book yet or the department "
          + "is unknown.")
  BudgetBookView current(@PathVariable int year, @RequestParam Optional<String> department) {
    return book.view(year, department);
  }

  @GetMapping("/template.xlsx")
  @Operation(summary = "An empty budget book to fill in: an Excel file with the Hebrew headers, one sample row, "
      + "and a sheet \"הסבר\" explaining each column")
  ResponseEntity<byte[]> template(@PathVariable int year) {
    return Download.of(book.template(), "budget-book-template-" + year + ".xlsx", Download.XLSX);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "The treasury's budget book from an XLSX or CSV file becomes the cycle's newest version "
      + "(finance, the strategy unit or admins); earlier versions are kept. A file with any wrong row is refused "
      + "whole, every row listed by its row, column letter and header",
      description = "Columns: קוד סעיף, שם הסעיף, מחלקה, סכום (required), סוג תקציב, מקור מימון, גורם מממן "
          + "(optional; a funder is required for every source but the municipality). With `dryRun=true` nothing is "
          + "stored and the answer (200) is what would be. A wrong file is the same 400 problem either way.")
  @ApiResponse(responseCode = "201", description = "Stored as the cycle's newest version",
      content = @Content(schema = @Schema(implementation = ImportedBook.class)))
  @ApiResponse(responseCode = "200", description = "dryRun=true: what would be stored; nothing was",
      content = @Content(schema = @Schema(implementation = ImportedBook.class)))
  ResponseEntity<ImportedBook> importBook(@PathVariable int year, @RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun, Principal user) throws IOException {
    var imported = book.importBook(year, file.getOriginalFilename(), file.getBytes(), user.getName(), dryRun);
    return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(imported);
  }
}
