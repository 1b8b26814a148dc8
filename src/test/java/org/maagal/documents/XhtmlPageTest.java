package org.maagal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class XhtmlPageTest {

  @Test
  void keepsAtMostEightStyleSheetsHoweverManyAreAskedFor() throws IOException {
    // any resources of the class path do as style sheets here: the forms
    try (var forms = Files.list(Path.of("forms"))) {
      var names = forms.map(form -> "/" + form.getFileName()).sorted().limit(12).toList();
      assertThat(names).hasSize(12);

      names.forEach(name -> XhtmlPage.titled("עמוד", name));

      assertThat(XhtmlPage.keptStyleSheets()).isEqualTo(8);
    }
  }
}
