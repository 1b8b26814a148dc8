/**
 * Deadlines in Israeli business days: the business calendar (Sunday to Thursday, without Jewish
 * holidays and Israeli national days off), the cycle calendar of due dates per task, reminders
 * before a due date and escalations after it, notifications, and who is late and why.
 */
package org.maagal.deadlines;
