package org.maagal.meetings;

/**
 * What a committee decided on an item a process waited for, as the process reads it when the decision reaches it.
 *
 * @param approved  whether the item was approved
 * @param wording   the decision as worded in the minutes; with a rejection, what to correct
 * @param decidedBy who the decision is recorded as: the committee's meeting of a date, or its circulation
 */
public record CommitteeVerdict(boolean approved, String wording, String decidedBy) {
}
