package org.maagal.goals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.maagal.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The file formats a goal tree is uploaded and downloaded in. */
enum SheetFormat {
  XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV(".csv", "text/csv");

  private final String extension;
  private final String contentType;

  SheetFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  /**
   * The format of a file by its name.
   *
   * @throws ErrorResponseException 415 with a Hebrew detail when it is neither
   */
  static SheetFormat of(String fileName) {
    return of(fileName, null);
  }

  /**
   * The format of an uploaded file by its name, else by its content type: the name goes first
   * because browsers on a PC with Excel send a .csv as "application/vnd.ms-excel".
   *
   * @throws ErrorResponseException 415 with a Hebrew detail when it is neither
   */
  static SheetFormat of(String fileName, String contentType) {
    String name = lowerCase(fileName);
    String type = lowerCase(contentType).split(";", 2)[0].strip();
    return find(format -> name.endsWith(format.extension))
        .or(() -> find(format -> type.equals(format.contentType)))
        .orElseThrow(() -> unsupported(fileName != null ? fileName : contentType));
  }

  String extension() {
    return extension;
  }

  private static Optional<SheetFormat> find(Predicate<SheetFormat> matches) {
    return Arrays.stream(values()).filter(matches).findFirst();
  }

  private static String lowerCase(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }

  private static ErrorResponseException unsupported(String file) {
    String name = file == null ? "" : file;
    return Problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file type",
        "סוג הקובץ '" + name + "' אינו נתמך; יש להעלות קובץ Excel ‏(.xlsx) או CSV", Map.of("fileName", name));
  }
}
