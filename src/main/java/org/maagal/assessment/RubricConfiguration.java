package org.maagal.assessment;

import org.maagal.organization.Committee;
import org.maagal.organization.Organization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Reads the rubric file at start-up: a file with a mistake stops the start with every mistake listed. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RubricProperties.class)
class RubricConfiguration {

  private static final Logger log = LoggerFactory.getLogger(RubricConfiguration.class);

  @Bean
  RubricFile rubricFile(RubricProperties properties, ResourceLoader resources, Organization organization) {
    if (properties.file() == null || properties.file().isBlank()) {
      log.warn("No rubric file is configured (MAAGAL_RUBRIC_FILE): the working teams describe their channels"
          + " without a rubric");
      return RubricFile.EMPTY;
    }
    var file = new RubricFileReader(resources).read(properties.file());
    log.info("Rubric read from {}: {} channels", properties.file(), file.rubrics().size());
    organization.committees().stream().filter(team -> team.channel() != null)
        .filter(team -> file.places(team.channel()).isEmpty()).map(Committee::id)
        .forEach(team -> log.warn("The rubric file {} has no rubric for the channel of {}: it will score nothing",
            properties.file(), team));
    return file;
  }
}
