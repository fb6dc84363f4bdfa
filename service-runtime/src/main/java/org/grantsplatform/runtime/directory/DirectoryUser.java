package org.grantsplatform.runtime.directory;

/**
 * A user of the directory: {@code subject} is the OIDC subject (claim sub) that ownership and assignments
 * record, {@code name} the first and last name (null when the directory has neither).
 */
public record DirectoryUser(String subject, String username, String name, String email, boolean enabled) {
}
