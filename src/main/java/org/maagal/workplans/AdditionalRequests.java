package org.maagal.workplans;

import java.util.ArrayList;
import java.util.List;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's additional budget requests, every plan's in one list: what finance takes into next year's budget
 * proposal. Read from the newest version of each plan the caller may read.
 */
@Service
class AdditionalRequests {

  private final WorkPlanVersions versions;
  private final Organization organization;

  AdditionalRequests(WorkPlanVersions versions, Organization organization) {
    this.versions = versions;
    this.organization = organization;
  }

  @Transactional(readOnly = true)
  List<RequestRow> of(int year, Caller caller) {
    var rows = new ArrayList<RequestRow>();
    for (var version : WorkPlanService.newestInOrganisationOrder(versions, organization, year)) {
      if (!WorkPlanService.readsAll(caller) && !organization.reads(caller, version.departmentId())) {
        continue;
      }
      for (var activity : version.activities()) {
        for (var request : activity.requests()) {
          rows.add(new RequestRow(version.departmentId(), organization.unitName(version.departmentId()),
              activity.id(), activity.title(), version.number(), version.status().hebrewName(),
              WorkPlanService.requestView(request)));
        }
      }
    }
    return rows;
  }

  /**
   * A request in the year's list: its department and activity, the plan's version and its status, and the request
   * with finance's decision.
   */
  record RequestRow(String departmentId, String departmentName, long activityId, String activityTitle,
      int planVersion, String planStatusName, WorkPlanView.RequestView request) {
  }
}
