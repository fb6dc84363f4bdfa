package org.grantsplatform.portal.application;

import org.grantsplatform.portal.programme.Programme;

/**
 * One line of the program manager's applications: the application, its programme and its association's name
 * (null when associations-service does not know it), with how far its reviews have come.
 */
public record ScreeningRow(Application application, Programme programme, String association) {

    public long assignedReviews() {
        return application.reviews().size();
    }

    public long completedReviews() {
        return application.reviews().stream().filter(r -> "COMPLETED".equals(r.status())).count();
    }
}
