package org.grantsplatform.events;

/** Every event type of the contract (API.md, "Events"). A breaking change gets a new {@code .vN}. */
public final class EventTypes {

    public static final String ASSOCIATION_REGISTERED = "associations.association.registered.v1";
    public static final String ASSOCIATION_UPDATED = "associations.association.updated.v1";
    public static final String ASSOCIATION_VERIFIED = "associations.association.verified.v1";
    public static final String MEMBER_CHANGED = "associations.member.changed.v1";
    public static final String SP_REPORT_SUBMITTED = "associations.sp-report.submitted.v1";

    public static final String PROGRAMME_PUBLISHED = "grants.programme.published.v1";
    public static final String PROGRAMME_CLOSED = "grants.programme.closed.v1";
    public static final String APPLICATION_SUBMITTED = "grants.application.submitted.v1";
    public static final String APPLICATION_SCREENED = "grants.application.screened.v1";
    public static final String APPLICATION_WITHDRAWN = "grants.application.withdrawn.v1";
    public static final String REVIEW_COMPLETED = "grants.review.completed.v1";
    /** A program manager took back an assignment the reviewer had not acted on; data is a ReviewerUnassigned. */
    public static final String REVIEWER_UNASSIGNED = "grants.reviewer.unassigned.v1";
    public static final String APPLICATION_DECIDED = "grants.application.decided.v1";
    public static final String TRANCHE_SCHEDULED = "grants.tranche.scheduled.v1";
    /** A PLANNED tranche's amount, due date or milestone changed; data is a GrantEvent. */
    public static final String TRANCHE_RESCHEDULED = "grants.tranche.rescheduled.v1";
    /**
     * A PLANNED tranche was removed from the schedule; data is a GrantEvent whose grant no longer holds the tranche
     * (the later tranches moved up one sequence number) and whose trancheId names the removed one.
     */
    public static final String TRANCHE_CANCELLED = "grants.tranche.cancelled.v1";
    public static final String MILESTONE_REPORTED = "grants.milestone.reported.v1";
    /** A program manager accepted a milestone report or sent it back; data is a GrantEvent. */
    public static final String MILESTONE_REVIEWED = "grants.milestone.reviewed.v1";
    public static final String DISBURSEMENT_REQUESTED = "grants.disbursement.requested.v1";
    public static final String DISBURSEMENT_APPROVED = "grants.disbursement.approved.v1";
    public static final String DISBURSEMENT_PAID = "grants.disbursement.paid.v1";
    public static final String GRANT_COMPLETED = "grants.grant.completed.v1";

    private EventTypes() {
    }
}
