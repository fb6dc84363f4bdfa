package org.grantsplatform.events.grants;

/**
 * Data of {@code grants.application.submitted.v1}, {@code .screened.v1} and {@code .withdrawn.v1};
 * {@code note} is the screener's or the withdrawing owner's, where given.
 */
public record ApplicationEvent(ApplicationData application, String note) {
}
