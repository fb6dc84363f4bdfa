package org.grantsplatform.portal.association;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.grantsplatform.portal.web.Formats;

/**
 * An SP indicator of DOMAIN.md as the report form asks for it: {@code name} is associations-service's field,
 * {@code kind} the input it takes (count, percent, amount, currency, yesNo, tool, list).
 */
public record Indicator(String name, String label, String hint, String kind) {

    /** The form's fieldsets, in the order a member's annual report gives the figures. */
    public record Group(String legend, List<Indicator> indicators) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("Outreach", List.of(
                    new Indicator("activeBorrowers", "Active borrowers", "Borrowers with a loan outstanding at the year's end.", "count"),
                    new Indicator("womenBorrowersPct", "Women borrowers (%)", "Share of the active borrowers, from 0 to 100.", "percent"),
                    new Indicator("ruralBorrowersPct", "Rural borrowers (%)", "Share of the active borrowers, from 0 to 100.", "percent"))),
            new Group("Portfolio", List.of(
                    new Indicator("currency", "Currency of the amounts", "ISO 4217 code, e.g. KES; needed with an amount.", "currency"),
                    new Indicator("grossLoanPortfolio", "Gross loan portfolio", "At the year's end, in the currency above.", "amount"),
                    new Indicator("averageLoanSize", "Average loan size", "In the currency above.", "amount"),
                    new Indicator("clientRetentionRatePct", "Client retention rate (%)", null, "percent"),
                    new Indicator("portfolioAtRisk30Pct", "Portfolio at risk over 30 days (%)", null, "percent"))),
            new Group("Mission, governance and client protection", List.of(
                    new Indicator("hasSocialMission", "Social goals stated in its mission", null, "yesNo"),
                    new Indicator("boardSpCommittee", "Board oversees social performance", null, "yesNo"),
                    new Indicator("clientProtectionEndorsed", "Endorsed the client protection principles", null, "yesNo"),
                    new Indicator("povertyMeasurementTool", "Poverty measurement tool", null, "tool"))),
            new Group("Services and staff", List.of(
                    new Indicator("nonFinancialServices", "Non-financial services",
                            "Separate them with commas, e.g. financial education, business training, health insurance.", "list"),
                    new Indicator("staffTurnoverPct", "Staff turnover (%)", null, "percent"))));

    /** Every indicator's field, as the service names it in its violations. */
    static final List<String> FIELDS = GROUPS.stream().flatMap(g -> g.indicators().stream()).map(Indicator::name).toList();

    /** Yes, no, or not known (not reported). */
    static final List<Choice> YES_NO = List.of(new Choice("", "Unknown"), new Choice("true", "Yes"),
            new Choice("false", "No"));

    /** associations-service's PovertyMeasurementTool, or not reported. */
    static final List<Choice> POVERTY_TOOLS = List.of(new Choice("", "Not reported"),
            new Choice("NONE", "None"), new Choice("PPI", Formats.words("PPI")), new Choice("OTHER", "Other"));

    /** The options of a select; empty for a text input. */
    public List<Choice> options() {
        return switch (kind) {
            case "yesNo" -> YES_NO;
            case "tool" -> POVERTY_TOOLS;
            default -> List.of();
        };
    }

    /** The indicator's value in the service's JSON, from the form's input. */
    Object read(MultivaluedMap<String, String> form) {
        return switch (kind) {
            case "count" -> Forms.whole(form, name);
            case "percent", "amount" -> Forms.decimal(form, name);
            case "currency" -> Forms.code(form, name);
            case "yesNo" -> Forms.yesNo(form, name);
            case "list" -> Forms.commaSeparated(form, name);
            default -> Forms.text(form, name);
        };
    }

    /** The keyboard a phone shows for the input. */
    public String inputmode() {
        return switch (kind) {
            case "count" -> "numeric";
            case "percent", "amount" -> "decimal";
            default -> "text";
        };
    }
}
