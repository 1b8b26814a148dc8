package org.maagal.publication;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import org.maagal.meetings.CommitteeAgenda;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans {@code publication.bpmn} calls: the proposal goes on the committee's agenda, and its decision. */
@Configuration(proxyBeanMethods = false)
class PublicationListeners {

  /** The proposal goes on the deciding committee's next agenda, with the page that shows what would be public. */
  @Bean
  ExecutionListener putPublicationOnAgenda(PublicationService publications, CommitteeAgenda agenda,
      ProcessFacts facts) {
    return execution -> {
      var proposal = publications.proposal(facts.of(execution).number(Fact.PUBLICATION_ID));
      agenda.awaitDecision(execution, publications.committee().id(),
          "פרסום לציבור: " + proposal.part().hebrewName() + " " + proposal.cycleYear(),
          "אישור הוועדה מפרסם באתר הציבורי של העירייה את התמונה שבקישור, כפי שהיא; שינויים מאוחרים לא ייכנסו אליה.",
          PublicSite.PREVIEW + proposal.id());
    };
  }

  @Bean
  ExecutionListener decidePublication(PublicationService publications, CommitteeAgenda agenda, ProcessFacts facts) {
    return execution -> {
      var verdict = agenda.verdictFor(execution);
      publications.decided(facts.of(execution).number(Fact.PUBLICATION_ID), verdict.approved(),
          (verdict.wording() == null ? "" : verdict.wording() + " — ") + verdict.decidedBy());
      execution.setVariable(PublicationProcess.APPROVED, verdict.approved());
    };
  }
}
