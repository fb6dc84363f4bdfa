package org.grantsplatform.portal.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A programme (call for proposals) as grants-service answers it. */
public record Programme(UUID id, String name, String description, String donorName, String ownerSubject, String currency,
        BigDecimal budget, BigDecimal maxGrant, List<String> windows, LocalDate opensOn, LocalDate closesOn,
        Eligibility eligibility, List<Criterion> rubric, String status, BigDecimal committed, BigDecimal remaining,
        long version) {

    public Programme {
        windows = windows == null ? List.of() : windows;
        rubric = rubric == null ? List.of() : rubric;
    }

    public record Eligibility(List<String> regions, boolean requireVerified, BigDecimal minTransparencyRate,
            Integer minMemberCount) {
    }

    public record Criterion(String criterion, BigDecimal weight, int maxScore) {
    }
}
