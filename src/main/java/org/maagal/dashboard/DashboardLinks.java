package org.maagal.dashboard;

/** Where the dashboard links to in the engine's web apps. */
final class DashboardLinks {

  private DashboardLinks() {
  }

  static String tasklist(String taskId) {
    return "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  static String cockpit(String processInstanceId) {
    return "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
  }
}
