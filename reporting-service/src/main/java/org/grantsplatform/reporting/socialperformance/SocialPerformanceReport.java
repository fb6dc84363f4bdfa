package org.grantsplatform.reporting.socialperformance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Per association its members and transparency, and per region the totals. */
@Schema(name = "SocialPerformanceReport")
public record SocialPerformanceReport(List<AssociationRow> associations, List<RegionTotal> regions) {

    public record AssociationRow(UUID associationId, String name, String country, String region, boolean verified,
            int members, Integer transparencyYear, BigDecimal transparencyRate) {
    }

    public record RegionTotal(String region, long associations, long members) {
    }
}
