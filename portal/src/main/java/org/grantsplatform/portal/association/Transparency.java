package org.grantsplatform.portal.association;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An association's transparency for every year in which a member reported, latest first. */
public record Transparency(UUID associationId, List<Year> years) {

    public Transparency {
        years = years == null ? List.of() : years;
    }

    /** The members that had joined by {@code year}, those of them that reported, and the rate (a fraction). */
    public record Year(int year, int members, int membersReporting, BigDecimal rate) {
    }

    /** The year's figures, or null when no member reported for it. */
    public Year of(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }

    /** The latest year a member reported for, or null. */
    public Integer latest() {
        return years.isEmpty() ? null : years.get(0).year();
    }
}
