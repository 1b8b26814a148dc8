package org.maagal.assessment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import org.springframework.core.io.ResourceLoader;

/** Reads the rubric file; YAML and JSON both parse, since JSON is valid YAML. */
class RubricFileReader {

  /** A rubric of four channels is a few kilobytes: a file past this is not one. */
  static final int MAX_BYTES = 256 * 1024;
  private static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private final ResourceLoader resources;
  private final RubricFileValidator validator = new RubricFileValidator();

  RubricFileReader(ResourceLoader resources) {
    this.resources = resources;
  }

  RubricFile read(String location) {
    var resource = resources.getResource(location);
    if (!resource.exists()) {
      throw new InvalidRubricFileException(location, List.of("the file does not exist"));
    }
    RubricFile file;
    try (var in = resource.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InvalidRubricFileException(location, List.of("the file is larger than " + MAX_BYTES / 1024 + " KB"));
      }
      file = MAPPER.readValue(bytes, RubricFile.class);
    } catch (IOException e) {
      throw new InvalidRubricFileException(location, List.of(e.getMessage()));
    }
    if (file == null) {
      throw new InvalidRubricFileException(location, List.of("the file is empty"));
    }
    var problems = validator.problemsOf(file);
    if (!problems.isEmpty()) {
      throw new InvalidRubricFileException(location, problems);
    }
    return file;
  }
}
