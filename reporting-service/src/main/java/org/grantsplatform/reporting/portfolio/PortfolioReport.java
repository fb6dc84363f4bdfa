package org.grantsplatform.reporting.portfolio;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.reporting.readmodel.Freshness;

/**
 * Money and counts per group and currency; amounts of different currencies are never added up.
 * {@code key} is null for applications whose group is not known yet (their programme or
 * association has not arrived).
 */
@Schema(name = "PortfolioReport")
public record PortfolioReport(String groupBy, List<Row> rows, Freshness freshness) {

    @Schema(name = "PortfolioRow")
    public record Row(String key, String label, String currency, long applications, long awards,
            BigDecimal committed, BigDecimal disbursed, BigDecimal outstanding) {
    }
}
