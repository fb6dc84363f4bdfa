package org.grantsplatform.events.reference;

/** Regions of the SPTF associations working group (DOMAIN.md, "Regions"). */
public enum Region {
    AFRICA,
    ASIA,
    EUROPE,
    LATIN_AMERICA_CARIBBEAN,
    MIDDLE_EAST_NORTH_AFRICA,
    NORTH_AMERICA,
    OCEANIA
}
