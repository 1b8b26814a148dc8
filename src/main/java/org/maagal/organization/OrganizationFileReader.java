package org.maagal.organization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import org.springframework.core.io.ResourceLoader;

/** Reads the organisation file; YAML and JSON both parse, since JSON is valid YAML. */
class OrganizationFileReader {

  private static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .addModule(new JavaTimeModule())
      .build();

  private final ResourceLoader resources;
  private final OrganizationFileValidator validator = new OrganizationFileValidator();

  OrganizationFileReader(ResourceLoader resources) {
    this.resources = resources;
  }

  OrganizationModel read(String location) {
    var resource = resources.getResource(location);
    if (!resource.exists()) {
      throw new InvalidOrganizationFileException(location, List.of("the file does not exist"));
    }
    OrganizationModel model;
    try (var in = resource.getInputStream()) {
      model = MAPPER.readValue(in, OrganizationModel.class);
    } catch (IOException e) {
      throw new InvalidOrganizationFileException(location, List.of(e.getMessage()));
    }
    var problems = validator.problemsOf(model);
    if (!problems.isEmpty()) {
      throw new InvalidOrganizationFileException(location, problems);
    }
    return model;
  }
}
