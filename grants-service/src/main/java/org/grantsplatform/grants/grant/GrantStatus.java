package org.grantsplatform.grants.grant;

/** ACTIVE from the award until every tranche is paid and the last milestone accepted. */
public enum GrantStatus {
    ACTIVE,
    COMPLETED
}
