/**
 * What a task's Camunda Form submitted, read the way Tasklist sends it, and the refusals that turn a
 * wrong answer into a Hebrew 400 in Tasklist. Every feature whose tasks have forms uses it.
 */
@ApplicationModule(displayName = "Task form values", allowedDependencies = {})
package org.maagal.forms;

import org.springframework.modulith.ApplicationModule;
