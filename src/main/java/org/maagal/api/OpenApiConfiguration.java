package org.maagal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  private static final String BASIC = "basic";

  @Bean
  OpenAPI maagalApi() {
    return new OpenAPI()
        .info(new Info().title("Maagal API").version("v1")
            .description("מעגל — ניהול מעגל התכנון האסטרטגי השנתי של רשות מקומית. "
                + "Every call needs HTTP Basic with a Maagal user; errors are application/problem+json.")
            .license(new License().name("Apache-2.0")))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}
