package org.grantsplatform.grants.access;

import java.util.UUID;

/** Whom an application is assigned to for review; the review package answers. */
public interface ReviewerAssignments {

    boolean isAssigned(UUID applicationId, String reviewerSubject);

    /** The reviewer declared a conflict of interest on the application. */
    boolean hasRecused(UUID applicationId, String reviewerSubject);
}
