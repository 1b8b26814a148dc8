package org.maagal.publication;

import org.maagal.facts.Fact;

/** The ids of {@code publication.bpmn}: one proposal waiting for the committee's decision. */
final class PublicationProcess {

  static final String PROCESS_ID = "publication";
  static final String PUBLICATION_ID = Fact.PUBLICATION_ID.variable();
  static final String APPROVED = "publicationApproved";

  private PublicationProcess() {
  }
}
