package org.grantsplatform.grants.review;

/** A reviewer's reviews still to give on applications waiting for them, and reviews given. */
public record ReviewerWorkload(long open, long completed) {

    static final ReviewerWorkload NONE = new ReviewerWorkload(0, 0);
}
