package org.maagal;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.maagal.organization.Committee;
import org.maagal.organization.CommitteeType;
import org.maagal.meetings.ProgrammeFocus;
import org.maagal.organization.Organization;

/**
 * The organisation a process test runs on, as {@code ${organization...}} in the BPMN sees it: two departments,
 * two working teams, a design committee of two members and a steering committee. A Mockito mock of the real
 * {@link Organization}, so a BPMN that calls a method the organisation does not have fails its test.
 */
public final class StubOrganization {

  public static final List<String> DEPARTMENTS = List.of("education", "welfare");
  public static final List<String> WORKING_TEAMS = List.of("youth", "environment");
  public static final List<String> DESIGN_COMMITTEE_MEMBERS = List.of("dana", "yossi");
  public static final String DESIGN_COMMITTEE_GROUP = "committee-design";
  public static final String STEERING_COMMITTEE_GROUP = "committee-steering";

  private StubOrganization() {
  }

  /** Registers it as {@code organization} for this test. */
  public static Organization register() {
    var organization = mock(Organization.class);
    when(organization.departmentIds()).thenReturn(DEPARTMENTS);
    when(organization.unitName(anyString())).thenAnswer(call -> nameOf(call.getArgument(0)));
    when(organization.workingTeamIds()).thenReturn(WORKING_TEAMS);
    when(organization.committeeName(anyString())).thenAnswer(call -> nameOf(call.getArgument(0)));
    var design = new Committee("design", CommitteeType.DESIGN, "הוועדה המעצבת", null, "dana", List.of());
    when(organization.designCommittee()).thenReturn(design);
    when(organization.steeringCommittee())
        .thenReturn(new Committee("steering", CommitteeType.STEERING, "ועדת ההיגוי", null, "mayor", List.of()));
    when(organization.committeeMemberIds(design.id())).thenReturn(DESIGN_COMMITTEE_MEMBERS);
    Mocks.register("organization", organization);
    var focus = mock(ProgrammeFocus.class);
    when(focus.workingTeams(any(DelegateExecution.class))).thenReturn(WORKING_TEAMS);
    Mocks.register("programmeFocus", focus);
    return organization;
  }

  /** The Hebrew name a task shows for a department or a committee. */
  public static String nameOf(String id) {
    return "שם של " + id;
  }
}
