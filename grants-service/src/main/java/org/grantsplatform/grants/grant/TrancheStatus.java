package org.grantsplatform.grants.grant;

/** A tranche's money: scheduled, disbursement requested (program manager), approved (donor), paid. */
public enum TrancheStatus {
    PLANNED,
    REQUESTED,
    APPROVED,
    PAID;

    public boolean canMoveTo(TrancheStatus next) {
        return switch (this) {
            case PLANNED -> next == REQUESTED;
            case REQUESTED -> next == APPROVED;
            case APPROVED -> next == PAID;
            case PAID -> false;
        };
    }
}
