package org.grantsplatform.grants.association;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The facts about an association that eligibility checks use, as grants-service last learnt them. */
@Schema(name = "AssociationFacts")
public record AssociationFactView(UUID associationId, String name, String country, String region, boolean verified,
        int memberCount, Integer transparencyYear, BigDecimal transparencyRate, long sourceVersion, Instant updatedAt) {

    static AssociationFactView of(AssociationFact f) {
        return new AssociationFactView(f.associationId, f.name, f.country, f.region, f.verified, f.memberCount,
                f.transparencyYear, f.transparencyRate, f.sourceVersion, f.updatedAt);
    }
}
