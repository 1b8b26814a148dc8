package org.maagal.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code maagal.publication.committee}: the committee (its id in the organisation file) whose decision publishes a
 * year's part; empty, the steering committee.
 */
@ConfigurationProperties("maagal.publication")
record PublicationProperties(String committee) {
}
