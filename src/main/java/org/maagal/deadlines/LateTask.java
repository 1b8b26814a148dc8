package org.maagal.deadlines;

import java.time.Instant;
import java.util.List;

/**
 * An open task past its due date, as the strategy unit's dashboard lists it: its department (the {@code
 * departmentId} of its process, null for a task of the whole city), its groups or assignee, how many business
 * days late, how far it has been escalated, the owners' stated reason and what the manager above changed.
 *
 * <p>{@code escalationLevel}: 0 not yet escalated, 1 escalated to the manager above, 2 also to the CEO and
 * the strategy unit, by the cycle calendar's rule for the task. {@code changes} in Hebrew, oldest first.
 */
public record LateTask(String taskId, String name, String taskKey, String processInstanceId, String departmentId,
    List<String> candidateGroups, String assignee, Instant due, int lateBusinessDays, int escalationLevel,
    String reason, String reasonBy, int extensions, List<String> changes) {
}
