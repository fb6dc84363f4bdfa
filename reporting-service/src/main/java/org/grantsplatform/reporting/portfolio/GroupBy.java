package org.grantsplatform.reporting.portfolio;

import java.util.Arrays;
import java.util.Locale;
import org.grantsplatform.runtime.problem.ProblemException;

/** The dimensions of the portfolio, each with the SQL of its key and label. */
enum GroupBy {
    DONOR("p.donor_name", "p.donor_name"),
    PROGRAMME("a.programme_id::text", "p.name"),
    WINDOW("a.funding_window", "a.funding_window"),
    STRATEGY("st.strategy", "st.strategy"),
    REGION("s.region", "s.region"),
    COUNTRY("s.country", "s.country"),
    YEAR("extract(year from coalesce(a.submitted_at, a.decided_at))::int::text",
            "extract(year from coalesce(a.submitted_at, a.decided_at))::int::text");

    final String key;
    final String label;

    GroupBy(String key, String label) {
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
