package org.grantsplatform.events.grants;

/**
 * Data of {@code grants.application.decided.v1}: the application, its programme's new commitment and,
 * for an award, the grant it created (null for a rejection).
 */
public record ApplicationDecided(ApplicationData application, ProgrammeData programme, GrantData grant) {
}
