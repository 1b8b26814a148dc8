package org.maagal.workplans;

import org.maagal.documents.PdfDocument;
import org.springframework.stereotype.Component;

/** The book of work plans as a PDF to print and send: the page of {@link BookHtml} laid out in A4 pages. */
@Component
class BookPdf {

  byte[] write(BookOfWorkPlans book) {
    return PdfDocument.of(BookHtml.of(book), "the book of work plans");
  }
}
