package org.maagal.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the organisation comes from.
 *
 * @param file            a Spring resource location (classpath: or file:) of the YAML or JSON file;
 *                        empty means no organisation is loaded
 * @param initialPassword the password given to a person when their engine user is first created;
 *                        empty in production, where passwords are set by the admin
 */
@ConfigurationProperties("maagal.organization")
record OrganizationProperties(String file, String initialPassword) {
}
