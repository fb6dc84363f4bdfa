package org.grantsplatform.grants.access;

/** What the scoping rules read of a programme. */
public interface ScopedProgramme {

    boolean isOwnedBy(String subject);

    boolean isDraft();
}
