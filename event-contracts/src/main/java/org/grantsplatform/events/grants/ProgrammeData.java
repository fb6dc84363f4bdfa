package org.grantsplatform.events.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A programme's full state. Money is in {@code currency}; {@code committed} and {@code remaining} follow awards. */
public record ProgrammeData(
        UUID id,
        String name,
        String description,
        String donorName,
        String ownerSubject,
        String currency,
        BigDecimal budget,
        BigDecimal maxGrant,
        List<String> windows,
        LocalDate opensOn,
        LocalDate closesOn,
        Eligibility eligibility,
        List<RubricCriterion> rubric,
        String status,
        BigDecimal committed,
        BigDecimal remaining,
        long version) {

    public record Eligibility(List<String> regions, boolean requireVerified, BigDecimal minTransparencyRate,
            Integer minMemberCount) {
    }

    public record RubricCriterion(String criterion, BigDecimal weight, int maxScore) {
    }
}
