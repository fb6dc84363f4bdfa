package org.grantsplatform.events.grants;

/** Data of {@code grants.review.completed.v1}: the review and the application's new score. */
public record ReviewCompleted(ApplicationData application, ReviewData review) {
}
