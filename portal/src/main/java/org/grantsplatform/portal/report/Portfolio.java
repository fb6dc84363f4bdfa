package org.grantsplatform.portal.report;

import java.math.BigDecimal;
import java.util.List;

/** The portfolio per group and currency; {@code key} is null for applications whose group is not known yet. */
public record Portfolio(String groupBy, List<Row> rows, Freshness freshness) {

    public Portfolio {
        rows = rows == null ? List.of() : rows;
    }

    public record Row(String key, String label, String currency, long applications, long awards, BigDecimal committed,
            BigDecimal disbursed, BigDecimal outstanding) {
    }
}
