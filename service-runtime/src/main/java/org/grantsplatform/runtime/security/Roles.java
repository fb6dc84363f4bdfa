package org.grantsplatform.runtime.security;

/** Realm roles of the platform (DOMAIN.md, "Who uses it"). */
public final class Roles {

    public static final String APPLICANT = "applicant";
    public static final String DONOR = "donor";
    public static final String REVIEWER = "reviewer";
    public static final String PROGRAM_MANAGER = "program-manager";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
