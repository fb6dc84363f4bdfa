package org.grantsplatform.reporting.portfolio;

import java.util.Arrays;
import java.util.Locale;
import org.grantsplatform.runtime.problem.ProblemException;

/** The dimensions of the portfolio, each with its totals and the SQL of its key and label over them. */
enum GroupBy {
    DONOR("programme", "p.donor_name", "p.donor_name"),
    PROGRAMME("programme", "t.programme_id::text", "p.name"),
    WINDOW("window", "t.group_key", "t.group_key"),
    STRATEGY("strategy", "t.group_key", "t.group_key"),
    REGION("region", "t.group_key", "t.group_key"),
    COUNTRY("country", "t.group_key", "t.group_key"),
    YEAR("year", "t.group_key", "t.group_key");

    /** The rows of portfolio_total that hold this dimension, keyed by their programme or their group_key. */
    final String dimension;
    final String key;
    final String label;

    GroupBy(String dimension, String key, String label) {
        this.dimension = dimension;
        this.key = key;
        this.label = label;
    }

    static GroupBy parse(String value) {
        String allowed = Arrays.stream(values()).map(GroupBy::parameter).toList().toString();
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid("groupBy", "is required, one of " + allowed);
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("groupBy", "must be one of " + allowed);
        }
    }

    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
