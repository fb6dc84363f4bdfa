package org.grantsplatform.portal.home;

/** One line of "waiting for me": what, how many, and where to do it. */
public record Task(String label, long count, String href) {
}
