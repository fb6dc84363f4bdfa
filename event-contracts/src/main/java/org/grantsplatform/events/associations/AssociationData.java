package org.grantsplatform.events.associations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An association's full state after a change. {@code transparencyRate} is that of
 * {@code transparencyYear}, the latest year any member reported (null when none has).
 */
public record AssociationData(
        UUID id,
        String name,
        String acronym,
        String country,
        String region,
        String legalForm,
        Integer foundedYear,
        String website,
        String contactEmail,
        int memberCount,
        boolean verified,
        String verificationNote,
        String verifiedBy,
        Instant verifiedAt,
        List<String> owners,
        Integer transparencyYear,
        BigDecimal transparencyRate,
        long version,
        Instant createdAt) {
}
