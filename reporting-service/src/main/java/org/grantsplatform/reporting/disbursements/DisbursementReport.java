package org.grantsplatform.reporting.disbursements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.reporting.readmodel.Freshness;

/** One page of tranches, soonest due first. */
@Schema(name = "DisbursementReport")
public record DisbursementReport(String state, List<Tranche> items, int page, int size, long total,
        Freshness freshness) {

    /**
     * {@code daysOverdue}: days past the due date for an unpaid tranche (0 when not yet due), and
     * for a paid one the days it was paid late (0 when on time).
     */
    @Schema(name = "DisbursementTranche")
    public record Tranche(UUID trancheId, int sequence, UUID grantId, String grantTitle, UUID programmeId,
            UUID associationId, String associationName, BigDecimal amount, String currency, LocalDate dueDate,
            String status, LocalDate paidOn, long daysOverdue) {
    }
}
