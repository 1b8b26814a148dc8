/**
 * What a task's Camunda Form submitted, read the way Tasklist sends it, and the refusals that turn a
 * wrong answer into a Hebrew 400 in Tasklist. Every feature whose tasks have forms uses it.
 */
package org.maagal.forms;
