package org.grantsplatform.portal.association;

/** A member MFI and its SP report of the year shown, or null when it has not reported. */
public record SpRow(Member member, SpReport report) {
}
