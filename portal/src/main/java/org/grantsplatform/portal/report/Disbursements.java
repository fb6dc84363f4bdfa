package org.grantsplatform.portal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.portal.web.Page;

/** One page of tranches in a state (upcoming, overdue or paid), soonest due first. */
public record Disbursements(String state, List<Tranche> items, int page, int size, long total, Freshness freshness) {

    public Page<Tranche> asPage() {
        return new Page<>(items, page, size, total);
    }

    /** {@code daysOverdue}: days past due for an unpaid tranche, days paid late for a paid one. */
    public record Tranche(UUID trancheId, int sequence, UUID grantId, String grantTitle, UUID programmeId,
            UUID associationId, String associationName, BigDecimal amount, String currency, LocalDate dueDate,
            String status, LocalDate paidOn, long daysOverdue) {
    }
}
