package org.grantsplatform.reporting.readmodel;

import org.grantsplatform.runtime.security.Caller;

/**
 * Whose figures a caller may see: program managers and admins everything, a donor only the
 * programmes it owns ({@code ownerSubject} equals its token's subject).
 */
public record Viewer(String ownerSubject) {

    public static Viewer of(Caller caller) {
        return caller.seesEverything() ? new Viewer(null) : new Viewer(caller.subject());
    }

    public boolean seesEverything() {
        return ownerSubject == null;
    }

    /** A condition on the programme aliased {@code p}, with the argument it needs (or none). */
    public String programmeCondition() {
        return seesEverything() ? "true" : "p.owner_subject = ?";
    }

    public Object[] programmeArguments() {
        return seesEverything() ? new Object[0] : new Object[] { ownerSubject };
    }
}
