package org.maagal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maagal.organization.Channel;
import org.springframework.core.io.DefaultResourceLoader;

/** The rubric file: the demo's reads, and each kind of mistake stops the start with every problem named. */
class RubricFileReaderTest {

  final RubricFileReader reader = new RubricFileReader(new DefaultResourceLoader());

  @Test
  void theDemoRubricGivesEveryChannelItsOwnArenasAndTheEducationalOneTheEarlyChildhoodRubric() {
    var rubric = reader.read("classpath:rubric/demo-rubric.yaml");

    var educational = rubric.places(Channel.EDUCATIONAL);
    assertThat(educational).extracting(place -> place.arena().name()).containsSubsequence("זירת הרשות",
        "זירת ההורים", "זירת המסגרות", "זירת אנשי המקצוע");
    assertThat(educational).filteredOn(RubricFile.Place::opensArena).extracting(place -> place.arena().id())
        .containsExactly("authority", "parents", "frameworks", "professionals");
    assertThat(educational).extracting(RubricFile.Place::number)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, educational.size()).boxed().toList());
    assertThat(educational).extracting(place -> place.criterion().name())
        .contains("מיפוי משפחות בסיכון בגיל הרך", "פורום מסגרות פרטיות", "הכשרה לעבודה רב-תרבותית");
    for (Channel channel : Channel.values()) {
      var places = rubric.places(channel);
      assertThat(places).as(channel + " has a rubric the form can show").hasSizeBetween(8, ChannelPictureForm.PLACES);
      assertThat(places.stream().map(place -> place.arena().id()).distinct().count()).as(channel + "'s arenas")
          .isGreaterThanOrEqualTo(3);
    }
    assertThat(rubric.places(Channel.URBAN).get(0).arena().id()).as("not the early-childhood arenas")
        .isEqualTo("public-space");
  }

  @Test
  void anUnknownOrMissingChannelIsNamed() {
    assertThatThrownBy(() -> reader.read("classpath:rubric/unknown-channel.yaml"))
        .isInstanceOf(InvalidRubricFileException.class)
        .hasMessageContaining("rubric/unknown-channel.yaml")
        .hasMessageContaining("rubric #1: unknown channel 'cultural' (urban, social, economic, educational)")
        .hasMessageContaining("rubric #2: the channel is missing");
  }

  @Test
  void anArenaWithNothingToScoreIsRefused() {
    assertThatThrownBy(() -> reader.read("classpath:rubric/empty-arena.yaml"))
        .isInstanceOf(InvalidRubricFileException.class)
        .hasMessageContaining("channel urban, arena public-space: no criteria (an arena needs at least one to score)")
        .hasMessageContaining("channel urban, arena mobility: the name is missing")
        .hasMessageContaining("channel social: no arenas");
  }

  @Test
  void anIdUsedTwiceIsRefused() {
    assertThatThrownBy(() -> reader.read("classpath:rubric/duplicate-ids.yaml"))
        .isInstanceOf(InvalidRubricFileException.class)
        .hasMessageContaining("channel economic, arena employment: the id is used twice")
        .hasMessageContaining("channel economic, arena employment, criterion local-jobs: the id is used twice")
        .hasMessageContaining("channel Economic: has a second rubric");
  }

  @Test
  void anIdThatIsNotLowerCaseLatinWithHyphensIsRefused() {
    assertThatThrownBy(() -> reader.read("classpath:rubric/bad-ids.yaml"))
        .isInstanceOf(InvalidRubricFileException.class)
        .hasMessageContaining("channel educational, arena #1: id 'Authority' must be lower-case latin letters")
        .hasMessageContaining("criterion #1: id 'city concept' must be")
        .hasMessageContaining("criterion #2: id 'תפיסה' must be")
        .hasMessageContaining("criterion #3: id 'null' must be")
        .hasMessageContaining("channel educational, arena #2: id 'parents-' must be");
  }

  @Test
  void moreCriteriaThanTheFormHasPlacesForAreRefused() {
    assertThatThrownBy(() -> reader.read("classpath:rubric/too-many.yaml"))
        .isInstanceOf(InvalidRubricFileException.class)
        .hasMessageContaining("channel social: 32 criteria, more than the 30 the form");
  }

  @Test
  void anUnknownFieldIsATypoNotSilence() {
    assertThatThrownBy(() -> reader.read("classpath:rubric/typo.yaml"))
        .isInstanceOf(InvalidRubricFileException.class).hasMessageContaining("critera");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> reader.read("classpath:rubric/none.yaml"))
        .hasMessageContaining("rubric/none.yaml").hasMessageContaining("does not exist");
  }

  @Test
  void aFileTooLargeToBeARubricIsNotRead(@TempDir Path folder) throws Exception {
    var huge = folder.resolve("huge.yaml");
    Files.writeString(huge, "# " + "x".repeat(RubricFileReader.MAX_BYTES) + "\nrubrics: []\n");

    assertThatThrownBy(() -> reader.read(huge.toUri().toString()))
        .isInstanceOf(InvalidRubricFileException.class).hasMessageContaining("larger than 256 KB");
  }

  @Test
  void aFileWithNoRubricIsRefused(@TempDir Path folder) throws Exception {
    var empty = folder.resolve("empty.yaml");
    Files.writeString(empty, "rubrics: []\n");

    assertThatThrownBy(() -> reader.read(empty.toUri().toString()))
        .isInstanceOf(InvalidRubricFileException.class).hasMessageContaining("no channel has a rubric");
  }
}
