package org.grantsplatform.reporting.pipeline;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.reporting.readmodel.Freshness;

/**
 * Applications per status; {@code awardRate} is awarded over decided (awarded plus rejected),
 * null before any decision; days run from submission to decision over decided applications.
 */
@Schema(name = "PipelineReport")
public record PipelineReport(UUID programmeId, Map<String, Long> statuses, long applications, long decided,
        long awarded, BigDecimal awardRate, BigDecimal medianDaysToDecision, BigDecimal p90DaysToDecision,
        Freshness freshness) {
}
