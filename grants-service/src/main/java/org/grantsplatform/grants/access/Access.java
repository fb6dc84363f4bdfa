package org.grantsplatform.grants.access;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.grants.association.AssociationFact;
import org.grantsplatform.runtime.security.Caller;
import org.grantsplatform.runtime.security.Roles;

/**
 * Who sees and acts on which programmes, applications and grants. Programmes: drafts only their donor, program
 * managers and admins. Applications (and their grants): applicants their associations', donors their programmes'
 * once submitted (a draft is the association's own), reviewers those assigned to them (a recused reviewer still, but
 * with no review but their own), program managers and admins all. Roles add up.
 */
@ApplicationScoped
public class Access {

    private final Caller caller;
    private final ReviewerAssignments assignments;

    @Inject
    public Access(Caller caller, ReviewerAssignments assignments) {
        this.caller = caller;
        this.assignments = assignments;
    }

    /** A programme the caller may know of. */
    public boolean sees(ScopedProgramme programme) {
        return !programme.isDraft() || caller.seesEverything() || programme.isOwnedBy(caller.subject());
    }

    /** The programme's donor and admins change a programme. */
    public boolean mayChange(ScopedProgramme programme) {
        return caller.isAdmin() || isDonorOf(programme);
    }

    /**
     * A JPQL condition keeping the programmes the caller may know of, given the paths of their status and owner;
     * null when the caller sees everything.
     */
    public String programmeScope(String status, String owner, Enum<?> draft, Parameters params) {
        if (caller.seesEverything()) {
            return null;
        }
        params.and("scopeDraft", draft).and("scopeSubject", caller.subject());
        return "(" + status + " <> :scopeDraft or " + owner + " = :scopeSubject)";
    }

    public boolean sees(ScopedApplication application, ScopedProgramme programme) {
        return caller.seesEverything()
                || ownsAssociation(application.applyingAssociationId())
                || isDonorOf(programme) && !application.isDraft()
                || isReviewer() && assignments.isAssigned(application.applicationId(), caller.subject());
    }

    /** An applicant who is one of the association's owners, as the associations events say. */
    public boolean ownsAssociation(UUID associationId) {
        if (!caller.is(Roles.APPLICANT)) {
            return false;
        }
        AssociationFact fact = AssociationFact.findById(associationId);
        return fact != null && fact.owners.contains(caller.subject());
    }

    /** Donors, program managers and admins may ask whether any association is eligible; applicants about their own. */
    public boolean mayCheckEligibilityOf(UUID associationId) {
        return caller.is(Roles.DONOR) || caller.seesEverything() || ownsAssociation(associationId);
    }

    public boolean isDonorOf(ScopedProgramme programme) {
        return caller.is(Roles.DONOR) && programme.isOwnedBy(caller.subject());
    }

    /**
     * Before the decision only program managers, admins and the donor see every review and the score; after it,
     * whoever sees the application, except a reviewer who recused from it: a conflict of interest ends their access to
     * the others' scores, and they keep only their own recusal.
     */
    public boolean seesAllReviews(ScopedApplication application, ScopedProgramme programme) {
        return caller.seesEverything() || isDonorOf(programme)
                || application.isDecided() && !hasRecusedFrom(application);
    }

    private boolean hasRecusedFrom(ScopedApplication application) {
        return isReviewer() && assignments.hasRecused(application.applicationId(), caller.subject());
    }

    /**
     * Who wrote each review: program managers, admins, the programme's donor and the application's reviewers know;
     * the applying association's owners read the reviews of a decided application without it.
     */
    public boolean knowsReviewers(ScopedProgramme programme, boolean assignedToCaller) {
        return caller.seesEverything() || isDonorOf(programme) || isReviewer() && assignedToCaller;
    }

    public boolean isReviewer() {
        return caller.is(Roles.REVIEWER);
    }

    public String subject() {
        return caller.subject();
    }

    /**
     * A JPQL condition keeping the rows in the caller's scope, given the paths of their programme,
     * association and application ids and of the application's status with its draft value (both null for
     * grants, which are never drafts); null when the caller sees everything.
     */
    public String scope(String programmeId, String associationId, String applicationId, String status,
            Enum<?> draft, Parameters params) {
        if (caller.seesEverything()) {
            return null;
        }
        List<String> any = new ArrayList<>();
        if (caller.is(Roles.APPLICANT)) {
            any.add(associationId + " in (select f.associationId from AssociationFact f join f.owners o"
                    + " where o = :scopeSubject)");
        }
        if (caller.is(Roles.DONOR)) {
            String submitted = "";
            if (status != null) {
                submitted = " and " + status + " <> :scopeDraft";
                params.and("scopeDraft", draft);
            }
            any.add("(" + programmeId + " in (select p.id from Programme p where p.ownerSubject = :scopeSubject)"
                    + submitted + ")");
        }
        if (isReviewer()) {
            any.add(applicationId + " in (select r.applicationId from Review r"
                    + " where r.reviewerSubject = :scopeSubject)");
        }
        if (any.isEmpty()) {
            return "1 = 0";
        }
        params.and("scopeSubject", caller.subject());
        return "(" + String.join(" or ", any) + ")";
    }
}
