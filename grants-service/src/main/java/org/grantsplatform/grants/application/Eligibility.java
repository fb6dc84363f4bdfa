package org.grantsplatform.grants.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.grantsplatform.grants.association.AssociationFact;
import org.grantsplatform.grants.programme.Programme;
import org.grantsplatform.grants.programme.ProgrammeStatus;
import org.grantsplatform.runtime.problem.Problem.Violation;

/**
 * The checks at submission (API.md, "Eligibility at submit"). Every rule is checked on its own and
 * every failure is named with what it expected and what it found, so one answer lists them all. The
 * rules on the programme and the association alone ({@link #ofAssociation}) also answer whether an
 * association may apply at all; submission adds the rules on the application's own fields.
 */
final class Eligibility {

    private Eligibility() {
    }

    /** Every rule of submission: the programme's and the association's, then the application's own. */
    static List<Violation> check(Application a, Programme p, AssociationFact association, LocalDate today) {
        List<Violation> failed = ofAssociation(p, association, today);
        if (!p.windows.contains(a.window)) {
            failed.add(new Violation("window", "the programme does not offer this window", "window-offered",
                    p.windows.stream().sorted().map(Enum::name).collect(Collectors.joining(",")), a.window.name()));
        }
        checkMoney(a, p, failed);
        checkComplete(a, failed);
        return failed;
    }

    /**
     * The rules that hold whatever the application says: the programme takes applications today, and the
     * association ({@code null} when no event has mentioned it) meets the programme's eligibility.
     */
    static List<Violation> ofAssociation(Programme p, AssociationFact association, LocalDate today) {
        List<Violation> failed = new ArrayList<>();
        if (p.status != ProgrammeStatus.OPEN) {
            failed.add(new Violation("programme.status", "the programme does not take applications",
                    "programme-open", ProgrammeStatus.OPEN.name(), p.status.name()));
        }
        if (today.isBefore(p.opensOn) || today.isAfter(p.closesOn)) {
            failed.add(new Violation("programme.closesOn", "the programme takes applications only between its dates",
                    "within-programme-dates", p.opensOn + ".." + p.closesOn, today.toString()));
        }
        if (association == null) {
            failed.add(new Violation("associationId", "the association is not known to grants-service yet",
                    "association-known", "an association known from associations events", "unknown"));
        } else {
            checkAssociation(p, association, failed);
        }
        return failed;
    }

    private static void checkAssociation(Programme p, AssociationFact f, List<Violation> failed) {
        if (p.requireVerified && !f.verified) {
            failed.add(new Violation("association.verified", "the programme requires a verified association",
                    "association-verified", "true", "false"));
        }
        if (!p.regions.isEmpty() && p.regions.stream().noneMatch(r -> r.name().equals(f.region))) {
            failed.add(new Violation("association.region", "the programme is restricted to other regions",
                    "association-region", p.regions.stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
                    f.region));
        }
        if (p.minMemberCount != null && f.memberCount < p.minMemberCount) {
            failed.add(new Violation("association.memberCount", "the association has too few member MFIs",
                    "min-member-count", ">= " + p.minMemberCount, Integer.toString(f.memberCount)));
        }
        if (p.minTransparencyRate != null
                && (f.transparencyRate == null || f.transparencyRate.compareTo(p.minTransparencyRate) < 0)) {
            failed.add(new Violation("association.transparencyRate",
                    "too few member MFIs report social-performance data", "min-transparency-rate",
                    ">= " + rate(p.minTransparencyRate), f.transparencyRate == null ? "none" : rate(f.transparencyRate)));
        }
    }

    /** A rate as written, without the trailing zeros of its numeric(5,4) column. */
    private static String rate(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString();
    }

    private static void checkMoney(Application a, Programme p, List<Violation> failed) {
        BigDecimal requested = a.requestedAmount;
        if (requested == null || requested.signum() <= 0) {
            failed.add(new Violation("requestedAmount", "a positive amount is required", "amount-positive", "> 0",
                    requested == null ? "none" : requested.toPlainString()));
        } else if (requested.compareTo(p.maxGrant) > 0) {
            failed.add(new Violation("requestedAmount", "more than the programme's largest grant", "max-grant",
                    "<= " + p.maxGrant.toPlainString(), requested.toPlainString()));
        }
        BigDecimal lines = a.budgetTotal();
        // without a requested amount there is nothing the lines could add up to; amount-positive says so
        if (requested != null && lines.compareTo(requested) != 0) {
            failed.add(new Violation("budgetLines", "the budget lines must add up to the requested amount",
                    "budget-lines-sum", requested.toPlainString(), lines.toPlainString()));
        }
    }

    private static void checkComplete(Application a, List<Violation> failed) {
        if (a.summary == null || a.summary.isBlank()) {
            failed.add(new Violation("summary", "is required to submit", "required", "a summary", "none"));
        }
        if (a.strategies.isEmpty()) {
            failed.add(new Violation("strategies", "is required to submit", "required", "at least one strategy",
                    "none"));
        }
        if (a.durationMonths == null) {
            failed.add(new Violation("durationMonths", "is required to submit", "required", "1 to 120", "none"));
        }
    }
}
