package org.grantsplatform.portal.web;

/** A choice in a filter (a grouping, a state, a programme, a region): the value sent, its words, whether shown now. */
public record Option(String value, String label, boolean current) {
}
