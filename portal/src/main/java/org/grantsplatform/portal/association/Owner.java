package org.grantsplatform.portal.association;

/**
 * An owner of an association as associations-service names them from the user directory; user name and name are
 * null while the directory does not answer, and the page then shows the subject.
 */
public record Owner(String subject, String username, String name) {

    public String label() {
        if (name != null && !name.isBlank()) {
            return username == null ? name : name + " (" + username + ")";
        }
        return username != null ? username : subject;
    }

    /** Whether the page shows only the subject, for want of a name. */
    public boolean unnamed() {
        return username == null && (name == null || name.isBlank());
    }
}
