package org.grantsplatform.grants.review;

/** What the reviewer advises the donor to decide. */
public enum Recommendation {
    AWARD,
    AWARD_WITH_CONDITIONS,
    REJECT
}
