package org.grantsplatform.grants.review;

/** ASSIGNED by a program manager; COMPLETED with scores (and replaceable until the decision) or RECUSED. */
public enum ReviewStatus {
    ASSIGNED,
    COMPLETED,
    RECUSED
}
