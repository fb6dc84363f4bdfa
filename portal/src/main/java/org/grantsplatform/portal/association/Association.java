package org.grantsplatform.portal.association;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An association as associations-service answers it; {@code transparencyRate} (a fraction) is that of
 * {@code transparencyYear}, its latest reporting year.
 */
public record Association(UUID id, String name, String acronym, String country, String region, String legalForm,
        Integer foundedYear, String website, String contactEmail, int memberCount, boolean verified,
        String verificationNote, String verifiedBy, Instant verifiedAt, List<String> owners, Integer transparencyYear,
        BigDecimal transparencyRate, long version, Instant createdAt) {

    public Association {
        owners = owners == null ? List.of() : owners;
    }

    public boolean isOwnedBy(String subject) {
        return owners.contains(subject);
    }
}
