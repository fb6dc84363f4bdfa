package org.grantsplatform.portal.report;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** Applications per status; {@code awardRate} a fraction, null before any decision; days from submission to decision. */
public record Pipeline(UUID programmeId, Map<String, Long> statuses, long applications, long decided, long awarded,
        BigDecimal awardRate, BigDecimal medianDaysToDecision, BigDecimal p90DaysToDecision, Freshness freshness) {

    public Pipeline {
        statuses = statuses == null ? Map.of() : statuses;
    }
}
