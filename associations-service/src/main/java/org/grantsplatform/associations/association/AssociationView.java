package org.grantsplatform.associations.association;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.events.associations.AssociationData;
import org.grantsplatform.events.reference.Region;

/**
 * An association as the API shows it. {@code transparencyRate} is the share of members that
 * reported SP data for {@code transparencyYear}, the latest reporting year.
 */
@Schema(name = "Association")
public record AssociationView(
        UUID id,
        String name,
        String acronym,
        String country,
        Region region,
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

    static AssociationView of(Association a) {
        return new AssociationView(a.id, a.name, a.acronym, a.country, a.region, a.legalForm, a.foundedYear,
                a.website, a.contactEmail, a.memberCount, a.verified, a.verificationNote, a.verifiedBy, a.verifiedAt,
                List.copyOf(a.owners), a.transparencyYear, a.transparencyRate, a.version, a.createdAt);
    }

    AssociationData toEventData() {
        return new AssociationData(id, name, acronym, country, region.name(), legalForm, foundedYear, website,
                contactEmail, memberCount, verified, verificationNote, verifiedBy, verifiedAt, owners,
                transparencyYear, transparencyRate, version, createdAt);
    }
}
