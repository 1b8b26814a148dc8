package org.maagal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maagal.assessment.AssessmentService;
import org.maagal.cycle.CyclePhase;
import org.maagal.cycle.CycleView;
import org.maagal.measurement.MeasurementService;
import org.maagal.measurement.ReportView;
import org.maagal.measurement.Round;
import org.maagal.organization.Caller;
import org.maagal.organization.Unit;
import org.maagal.organization.UnitType;
import org.maagal.reviewing.ReviewStatus;
import org.maagal.workplans.WorkPlanService;
import org.maagal.workplans.WorkPlanView;

/**
 * A department's state in the cycle's current phase, without open tasks in it, is read from the one reviewed life
 * of what it hands in there: approved is done, any other status in progress, nothing yet not started.
 */
class CycleOverviewTest {

  private static final int YEAR = 2030;
  private static final List<String> DEPARTMENTS = List.of("youth", "schools", "sport", "early-childhood");

  private final AssessmentService assessments = mock(AssessmentService.class);
  private final WorkPlanService plans = mock(WorkPlanService.class);
  private final MeasurementService measurement = mock(MeasurementService.class);
  private final CycleOverview overview = new CycleOverview(null, null, null, assessments, plans, measurement, null);
  private final DashboardAccess access = new DashboardAccess(new Caller("noa-barak", List.of("strategy-unit")),
      DEPARTMENTS.stream().map(id -> new Unit(id, UnitType.DEPARTMENT, id, null, null, List.of())).toList(),
      DashboardAccess.Reach.CITY);

  @Test
  void anAssessmentIsDoneWhenApprovedAndInProgressWhileReturnedOrBeingCompleted() {
    when(assessments.statusByDepartment(YEAR)).thenReturn(Map.of("youth", ReviewStatus.APPROVED,
        "schools", ReviewStatus.DRAFT, "sport", ReviewStatus.RETURNED));

    assertThat(statesIn(CyclePhase.SITUATION_ASSESSMENT)).containsExactly(PhaseState.DONE, PhaseState.IN_PROGRESS,
        PhaseState.IN_PROGRESS, PhaseState.NOT_STARTED);
  }

  @Test
  void aWorkPlanIsDoneWhenTheCeoApprovedIt() {
    when(plans.plans(eq(YEAR), any())).thenReturn(List.of(plan("youth", ReviewStatus.APPROVED),
        plan("schools", ReviewStatus.SUBMITTED), plan("sport", ReviewStatus.DRAFT)));

    assertThat(statesIn(CyclePhase.WORK_PLANS)).containsExactly(PhaseState.DONE, PhaseState.IN_PROGRESS,
        PhaseState.IN_PROGRESS, PhaseState.NOT_STARTED);
  }

  @Test
  void theMeasurementIsDoneOnlyWithTheAnnualReportApproved() {
    when(measurement.reports(eq(YEAR), any())).thenReturn(List.of(
        report("youth", Round.SEMI_ANNUAL, ReviewStatus.APPROVED),
        report("schools", Round.SEMI_ANNUAL, ReviewStatus.APPROVED),
        report("schools", Round.ANNUAL, ReviewStatus.APPROVED),
        report("sport", Round.ANNUAL, ReviewStatus.RETURNED)));

    assertThat(statesIn(CyclePhase.MEASUREMENT)).containsExactly(PhaseState.IN_PROGRESS, PhaseState.DONE,
        PhaseState.IN_PROGRESS, PhaseState.NOT_STARTED);
  }

  /** Each department's state in the phase, with the cycle in it and no open task. */
  private List<PhaseState> statesIn(CyclePhase phase) {
    var cycle = new CycleView(1L, YEAR, "cycle-" + YEAR, "instance", phase, phase.hebrewName(), null, "noa-barak");
    int column = CycleOverview.PHASES.indexOf(phase);
    return overview.departments(cycle, List.of(), access).stream().map(row -> row.states().get(column)).toList();
  }

  private static WorkPlanView.Summary plan(String departmentId, ReviewStatus status) {
    return new WorkPlanView.Summary(YEAR, departmentId, departmentId, 1, status, status.hebrewName(), 1,
        BigDecimal.ONE, BigDecimal.TEN, 0, null);
  }

  private static ReportView.Summary report(String departmentId, Round round, ReviewStatus status) {
    return new ReportView.Summary(YEAR, departmentId, departmentId, round, round.hebrewName(), 1, status,
        status.hebrewName());
  }
}
