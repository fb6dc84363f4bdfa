package org.grantsplatform.grants.application;

import java.util.EnumSet;
import java.util.Set;

/** An application's life from draft to a decision (or withdrawal, or ineligibility at screening). */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    INELIGIBLE,
    AWARDED,
    REJECTED,
    WITHDRAWN;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, INELIGIBLE, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(AWARDED, REJECTED, WITHDRAWN);
            case INELIGIBLE, AWARDED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean decided() {
        return this == AWARDED || this == REJECTED;
    }
}
