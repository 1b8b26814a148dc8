package org.maagal.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrganizationProperties.class)
class OrganizationConfiguration {

  private static final Logger log = LoggerFactory.getLogger(OrganizationConfiguration.class);

  @Bean
  Organization organization(OrganizationProperties properties, ResourceLoader resources) {
    if (properties.file() == null || properties.file().isBlank()) {
      log.warn("No organisation file is configured (MAAGAL_ORGANIZATION_FILE): no units, people or committees");
      return new Organization(OrganizationModel.EMPTY);
    }
    var model = new OrganizationFileReader(resources).read(properties.file());
    log.info("Organisation of {} read from {}: {} units, {} people, {} committees", model.municipality(),
        properties.file(), model.units().size(), model.people().size(), model.committees().size());
    return new Organization(model);
  }
}
