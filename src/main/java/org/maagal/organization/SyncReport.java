package org.maagal.organization;

/** What one synchronisation of the organisation into the engine wrote. */
record SyncReport(int usersCreated, int groupsCreated, int membershipsCreated, int grantsWritten) {

  boolean changedNothing() {
    return usersCreated + groupsCreated + membershipsCreated + grantsWritten == 0;
  }
}
