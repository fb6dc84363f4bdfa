package org.grantsplatform.portal.report;

/** A choice on a report page (a grouping, a state, a programme, a region): the value sent, its words, whether shown now. */
public record Option(String value, String label, boolean current) {
}
