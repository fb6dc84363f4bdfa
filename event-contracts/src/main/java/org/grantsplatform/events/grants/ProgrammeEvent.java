package org.grantsplatform.events.grants;

/** Data of {@code grants.programme.published.v1} and {@code grants.programme.closed.v1}. */
public record ProgrammeEvent(ProgrammeData programme) {
}
