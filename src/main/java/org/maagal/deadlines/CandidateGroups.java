package org.maagal.deadlines;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The candidate groups of many open tasks, read in one engine command. The engine's own
 * {@code getIdentityLinksForTask} is a command per task that loads the task, its execution and its process
 * definition to check the reader's permission before it reads the links: four queries a task. The tasks asked
 * about here come from a task query that the engine already limited to what the reader may see, so one query a
 * task, all in one command, is enough.
 */
@Component
class CandidateGroups {

  private final ProcessEngineConfigurationImpl engine;

  CandidateGroups(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  /** Each task's candidate groups (empty for a task with none). */
  Map<String, List<String>> of(Collection<String> taskIds) {
    Command<Map<String, List<String>>> read = context -> {
      var groups = new HashMap<String, List<String>>();
      for (String taskId : taskIds) {
        groups.put(taskId, context.getIdentityLinkManager().findIdentityLinksByTaskId(taskId).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLinkEntity::getGroupId).toList());
      }
      return groups;
    };
    return engine.getCommandExecutorTxRequired().execute(read);
  }
}
