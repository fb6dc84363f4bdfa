package org.grantsplatform.portal.review;

/**
 * A user who may review, as grants-service's reviewer directory lists them ({@code GET /api/reviewers}): the OIDC
 * subject that an assignment takes, and their workload (reviews still to give, reviews given).
 */
public record Reviewer(String subject, String name, String username, String email, long openAssignments,
        long completedReviews) {

    /** "Rosa Quispe (reviewer1)", or the user name alone when the directory has no name. */
    public String label() {
        boolean named = name != null && !name.isBlank();
        if (username == null || username.isBlank()) {
            return named ? name : subject;
        }
        return named ? name + " (" + username + ")" : username;
    }
}
