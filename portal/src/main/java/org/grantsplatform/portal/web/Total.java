package org.grantsplatform.portal.web;

/** Only the {@code total} of a service's page ({@link Page}): what a count on a page needs, asked with size 1. */
public record Total(long total) {
}
