package org.grantsplatform.reporting.disbursements;

import java.util.Locale;
import org.grantsplatform.runtime.problem.ProblemException;

/** Which tranches to list; a condition with a parameter takes today's date (UTC). */
enum DisbursementState {
    UPCOMING("t.status <> 'PAID' and (t.due_date is null or t.due_date >= ?)"),
    OVERDUE("t.status <> 'PAID' and t.due_date < ?"),
    PAID("t.status = 'PAID'");

    final String condition;

    DisbursementState(String condition) {
        this.condition = condition;
    }

    static DisbursementState parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("state", "must be one of [upcoming, overdue, paid]");
        }
    }
}
