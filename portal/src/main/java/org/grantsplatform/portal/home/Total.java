package org.grantsplatform.portal.home;

/** Only the {@code total} of a service's page: what a count on the home page needs. */
public record Total(long total) {
}
