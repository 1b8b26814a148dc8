package org.maagal.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each channel's rubric comes from.
 *
 * @param file a Spring resource location (classpath: or file:) of the YAML or JSON file
 */
@ConfigurationProperties("maagal.rubric")
record RubricProperties(String file) {
}
