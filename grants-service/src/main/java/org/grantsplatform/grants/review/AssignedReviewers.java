package org.grantsplatform.grants.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.grantsplatform.grants.access.ReviewerAssignments;

@ApplicationScoped
public class AssignedReviewers implements ReviewerAssignments {

    @Override
    public boolean isAssigned(UUID applicationId, String reviewerSubject) {
        return Review.isAssigned(applicationId, reviewerSubject);
    }

    @Override
    public boolean hasRecused(UUID applicationId, String reviewerSubject) {
        return Review.of(applicationId, reviewerSubject).filter(r -> r.status == ReviewStatus.RECUSED).isPresent();
    }
}
