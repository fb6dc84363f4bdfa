package org.grantsplatform.grants.access;

import java.util.UUID;

/** What the scoping rules read of an application, or of the grant its award became (in scope where it is). */
public interface ScopedApplication {

    UUID applicationId();

    UUID applyingAssociationId();

    boolean isDraft();

    boolean isDecided();
}
