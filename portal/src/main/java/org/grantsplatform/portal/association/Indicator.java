package org.grantsplatform.portal.association;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Locale;
import org.grantsplatform.portal.web.Formats;

/**
 * An SP indicator of DOMAIN.md as the report form asks for it: {@code name} is associations-service's field,
 * {@code kind} the input it takes (count, percent, amount, currency, yesNo, tool, list); its words and a select's
 * options are in the user's language.
 */
public record Indicator(String name, String kind, String label, String hint, List<Choice> options) {

    /** The form's fieldsets, in the order a member's annual report gives the figures. */
    public record Group(String legend, List<Indicator> indicators) {
    }

    /** The form's fieldsets with their words in the language of these texts. */
    static List<Group> groups(AssocTexts t, Locale locale) {
        List<Choice> yesNo = List.of(new Choice("", t.unknown_answer()), new Choice("true", t.yes()),
                new Choice("false", t.no()));
        // associations-service's PovertyMeasurementTool, or not reported
        List<Choice> tools = List.of(new Choice("", t.not_reported()), tool("NONE", locale), tool("PPI", locale),
                tool("OTHER", locale));
        return List.of(
                new Group(t.group_outreach(), List.of(
                        input("activeBorrowers", "count", t.active_borrowers(), t.active_borrowers_hint()),
                        input("womenBorrowersPct", "percent", t.women_borrowers_pct(), t.share_hint()),
                        input("ruralBorrowersPct", "percent", t.rural_borrowers_pct(), t.share_hint()))),
                new Group(t.group_portfolio(), List.of(
                        input("currency", "currency", t.currency(), t.currency_hint()),
                        input("grossLoanPortfolio", "amount", t.gross_loan_portfolio(), t.gross_loan_portfolio_hint()),
                        input("averageLoanSize", "amount", t.average_loan_size(), t.in_currency_above()),
                        input("clientRetentionRatePct", "percent", t.client_retention_pct(), null),
                        input("portfolioAtRisk30Pct", "percent", t.par30_pct(), null))),
                new Group(t.group_mission(), List.of(
                        new Indicator("hasSocialMission", "yesNo", t.social_mission_label(), null, yesNo),
                        new Indicator("boardSpCommittee", "yesNo", t.board_sp(), null, yesNo),
                        new Indicator("clientProtectionEndorsed", "yesNo", t.cpp_label(), null, yesNo),
                        new Indicator("povertyMeasurementTool", "tool", t.poverty_tool(), null, tools))),
                new Group(t.group_services(), List.of(
                        input("nonFinancialServices", "list", t.nfs(), t.nfs_hint()),
                        input("staffTurnoverPct", "percent", t.staff_turnover_pct(), null))));
    }

    /** Every indicator of the groups, for reading the form and placing the service's violations. */
    static List<Indicator> all(List<Group> groups) {
        return groups.stream().flatMap(g -> g.indicators().stream()).toList();
    }

    private static Indicator input(String name, String kind, String label, String hint) {
        return new Indicator(name, kind, label, hint, List.of());
    }

    private static Choice tool(String value, Locale locale) {
        return new Choice(value, Formats.words(value, locale));
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
