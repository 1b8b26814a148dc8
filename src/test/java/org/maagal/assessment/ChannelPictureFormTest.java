package org.maagal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The channel picture's form and {@link ChannelPictureForm} agree: a place for each criterion up to
 * {@link ChannelPictureForm#PLACES}, each a score of 1–5 and a comment, labelled by the criterion's name the task
 * gives it and hidden where the team's rubric gives none, the arena's title above it where the arena begins.
 */
class ChannelPictureFormTest {

  @Test
  void everyPlaceIsAScoreAndACommentShownOnlyWhereTheTeamsRubricReaches() throws Exception {
    var form = new ObjectMapper().readTree(Path.of("forms", "channel-picture.form").toFile());
    var components = StreamSupport.stream(form.get("components").spliterator(), false).toList();
    var keys = new ArrayList<String>();
    components.stream().filter(c -> c.has("key")).forEach(c -> keys.add(c.get("key").asText()));

    var expected = new ArrayList<String>();
    expected.add(ChannelPictureForm.PICTURE);
    for (int place = 1; place <= ChannelPictureForm.PLACES; place++) {
      expected.add(ChannelPictureForm.score(place));
      expected.add(ChannelPictureForm.comment(place));
    }
    assertThat(keys).containsExactlyElementsOf(expected);

    for (int place = 1; place <= ChannelPictureForm.PLACES; place++) {
      var arena = component(form, ChannelPictureForm.arena(place));
      assertThat(arena.get("text").asText()).contains("{{" + ChannelPictureForm.arena(place) + "}}");
      assertThat(arena.at("/conditional/hide").asText()).isEqualTo("=" + ChannelPictureForm.arena(place) + " = null");
      var score = component(form, ChannelPictureForm.score(place));
      assertThat(score.get("type").asText()).isEqualTo("select");
      assertThat(score.get("label").asText()).isEqualTo("{{" + ChannelPictureForm.criterion(place) + "}}");
      assertThat(score.get("description").asText()).isEqualTo("{{" + ChannelPictureForm.lastYear(place) + "}}");
      assertThat(score.get("values").findValuesAsText("value")).containsExactly("1", "2", "3", "4", "5");
      assertThat(score.at("/validate/required").asBoolean()).isTrue();
      String hidden = "=" + ChannelPictureForm.criterion(place) + " = null";
      assertThat(score.at("/conditional/hide").asText()).isEqualTo(hidden);
      var comment = component(form, ChannelPictureForm.comment(place));
      assertThat(comment.at("/validate/maxLength").asInt()).isEqualTo(AssessmentService.MAX_COMMENT);
      assertThat(comment.at("/conditional/hide").asText()).isEqualTo(hidden);
    }
  }

  private static JsonNode component(JsonNode form, String id) {
    for (var component : form.get("components")) {
      if (component.get("id").asText().equals(id)) {
        return component;
      }
    }
    throw new AssertionError("No component " + id + " in the form");
  }
}
