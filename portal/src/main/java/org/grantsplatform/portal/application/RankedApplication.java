package org.grantsplatform.portal.application;

import java.util.List;

/**
 * One application of a programme as its donor sees it among the others.
 *
 * @param rank 1-based place in the ranking of the whole programme
 * @param association the association's name, or null when associations-service does not know it
 */
public record RankedApplication(int rank, Application application, String association, List<ReviewLine> reviews) {

    public boolean toDecide() {
        return "UNDER_REVIEW".equals(application.status());
    }
}
