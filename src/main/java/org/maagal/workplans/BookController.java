package org.maagal.workplans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.maagal.api.Download;
import org.maagal.organization.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The cycle's plans taken together: the book of work plans as files, its editions, and the linkage. */
@RestController
@RequestMapping("/api/cycles/{year}")
@Tag(name = "work-plans")
class BookController {

  private final WorkPlanBookService books;
  private final BookXlsx xlsx;
  private final BookPdf pdf;

  BookController(WorkPlanBookService books, BookXlsx xlsx, BookPdf pdf) {
    this.books = books;
    this.xlsx = xlsx;
    this.pdf = pdf;
  }

  @GetMapping("/book.xlsx")
  @Operation(summary = "The book of work plans as Excel: a summary sheet (by domain, by funding source, per "
      + "department) and a sheet per department; `?department=` for one (a department manager gets only their own)")
  ResponseEntity<byte[]> bookXlsx(@PathVariable int year, @RequestParam Optional<String> department,
      Authentication user) {
    return Download.of(xlsx.write(books.book(year, department, Caller.of(user))), name(year, department, "xlsx"), Download.XLSX);
  }

  @GetMapping("/book.pdf")
  @Operation(summary = "The book of work plans as PDF, Hebrew right to left: cover, contents, summary, and per "
      + "department its targets, activities and budget; `?department=` for one (a department manager: their own)")
  ResponseEntity<byte[]> bookPdf(@PathVariable int year, @RequestParam Optional<String> department,
      Authentication user) {
    return Download.of(pdf.write(books.book(year, department, Caller.of(user))), name(year, department, "pdf"),
        MediaType.APPLICATION_PDF);
  }

  private static String name(int year, Optional<String> department, String extension) {
    return "work-plans-" + year + department.map(id -> "-" + id).orElse("") + "." + extension;
  }


  @GetMapping("/linkage")
  @Operation(summary = "Money to goals: per target of the approved tree its activities and money, totals per "
      + "funding source, targets with no activity and activities with no target (a department: its own plan)")
  WorkPlanLinkage linkage(@PathVariable int year, @RequestParam Optional<String> department, Authentication user) {
    return books.linkage(year, department, Caller.of(user));
  }

  @GetMapping("/book/editions")
  @Operation(summary = "The editions of the cycle's book of work plans and the steering committee's decisions")
  List<WorkPlanView.BookEdition> editions(@PathVariable int year) {
    return books.editions(year);
  }
}
