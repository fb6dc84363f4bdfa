package org.grantsplatform.grants.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.events.grants.GrantData;

@Schema(name = "Grant", description = "A grant with its tranches; disbursed is the sum of the paid tranches")
public record GrantView(
        UUID id,
        UUID applicationId,
        UUID programmeId,
        UUID associationId,
        String title,
        String currency,
        BigDecimal awarded,
        BigDecimal disbursed,
        GrantStatus status,
        Instant awardedAt,
        List<TrancheView> tranches,
        long version) {

    public static GrantView of(Grant g) {
        return new GrantView(g.id, g.applicationId, g.programmeId, g.associationId, g.title, g.currency, g.awarded,
                g.disbursed(), g.status, g.awardedAt, g.tranches.stream().map(TrancheView::of).toList(), g.version);
    }

    public GrantData toEventData() {
        return new GrantData(id, applicationId, programmeId, associationId, title, currency, awarded, disbursed,
                status.name(), awardedAt, tranches.stream().map(TrancheView::toEventData).toList(), version);
    }
}
