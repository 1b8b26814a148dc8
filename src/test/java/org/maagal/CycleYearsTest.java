package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry of cycle years gives each year once, within 2000–2100, to integration test classes that exist. */
class CycleYearsTest {

  @Test
  void everyYearIsGivenOnceToAnIntegrationTestThatExists() {
    var owners = CycleYears.registry();

    assertThat(owners).isNotEmpty();
    assertThat(owners.keySet()).allSatisfy(year -> assertThat(year).isBetween(2000, 2100));
    assertThat(owners.values()).allSatisfy(name -> assertThat(
        Path.of("src", "test", "java", "org", "maagal", name.replace('.', '/') + ".java")).as(name).exists());
  }

  @Test
  void aYearGivenTwiceIsRefusedNamingBothClasses() {
    assertThatThrownBy(() -> CycleYears.registry(List.of("2040 goals.A", "2039-2041 review.B")))
        .hasMessageContaining("gives 2040 twice: to goals.A and to review.B");
    assertThatThrownBy(() -> CycleYears.registry(List.of("20 goals.A"))).hasMessageContaining("20 goals.A");
  }
}
