package org.grantsplatform.grants.programme;

/** A programme's life: drafted by its donor, published (open for applications), closed. */
public enum ProgrammeStatus {
    DRAFT,
    OPEN,
    CLOSED;

    public boolean canMoveTo(ProgrammeStatus next) {
        return switch (this) {
            case DRAFT -> next == OPEN;
            case OPEN -> next == CLOSED;
            case CLOSED -> false;
        };
    }
}
