package org.grantsplatform.portal.report;

/**
 * An event of a grant's timeline, what happened in words, and its note (a review's recommendation, an enum value,
 * as words too).
 */
public record EventLine(Timeline.Entry entry, String what, String note) {
}
