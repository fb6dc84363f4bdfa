package org.grantsplatform.portal.application;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grantsplatform.portal.web.FormList;
import org.grantsplatform.portal.web.FormList.Column;
import org.grantsplatform.portal.web.FormRow;
import org.grantsplatform.portal.web.FormValues;
import org.grantsplatform.portal.web.WebTexts;

/**
 * The draft form's values as typed, named as grants-service's ApplicationRequest names its fields (so a
 * violation's {@code field} is the input's {@code name}): {@code title, summary, window, strategies,
 * requestedAmount, budgetLines[i].category|description|amount, outcomes[i].indicator|baseline|target,
 * durationMonths, version}.
 */
public record DraftForm(String title, String summary, String window, Set<String> strategies, String requestedAmount,
        List<FormRow> budgetLines, List<FormRow> outcomes, String durationMonths, String version) {

    /** Rows a new form starts with, and the fewest it shows. */
    static final int ROWS = 3;
    /** grants-service's BudgetLineRequest and OutcomeRequest, with their size limits; words by {@link #budgetLines}. */
    static final FormList BUDGET_LINES = new FormList("budgetLines", null, List.of(
            Column.text("category", null, 100), Column.text("description", null, 1000),
            Column.amount("amount", null, "data-budget-amount")));
    static final FormList OUTCOMES = new FormList("outcomes", null, List.of(
            Column.text("indicator", null, 200), Column.text("baseline", null, 200),
            Column.text("target", null, 200)));

    /** The budget lines' words in the user's language. */
    static FormList budgetLines(ApplyTexts t) {
        return BUDGET_LINES.labelled(t.budget_line(), List.of(t.category(), t.description(), t.amount()));
    }

    static FormList outcomes(ApplyTexts t) {
        return OUTCOMES.labelled(t.planned_outcome(), List.of(t.indicator(), t.baseline(), t.target()));
    }

    static DraftForm empty() {
        return new DraftForm("", "", "", Set.of(), "", BUDGET_LINES.padded(List.of(), ROWS),
                OUTCOMES.padded(List.of(), ROWS), "", "");
    }

    /** A saved draft, to edit. */
    static DraftForm of(Application a) {
        List<FormRow> lines = new ArrayList<>();
        for (Application.BudgetLine line : a.budgetLines()) {
            lines.add(BUDGET_LINES.row(lines.size(), Arrays.asList(line.category(), line.description(),
                    plain(line.amount()))));
        }
        List<FormRow> outcomes = new ArrayList<>();
        for (Application.Outcome o : a.outcomes()) {
            outcomes.add(OUTCOMES.row(outcomes.size(), Arrays.asList(o.indicator(), o.baseline(), o.target())));
        }
        return new DraftForm(text(a.title()), text(a.summary()), text(a.window()), new LinkedHashSet<>(a.strategies()),
                plain(a.requestedAmount()), BUDGET_LINES.padded(lines, ROWS), OUTCOMES.padded(outcomes, ROWS),
                a.durationMonths() == null ? "" : a.durationMonths().toString(), Long.toString(a.version()));
    }

    /** What the browser sent, blank rows included (as they stood on the page), and at least {@link #ROWS} rows. */
    static DraftForm posted(MultivaluedMap<String, String> form) {
        List<String> strategies = form.get("strategies");
        return new DraftForm(text(form.getFirst("title")), text(form.getFirst("summary")), text(form.getFirst("window")),
                strategies == null ? Set.of() : new LinkedHashSet<>(strategies), text(form.getFirst("requestedAmount")),
                BUDGET_LINES.padded(BUDGET_LINES.posted(form), ROWS), OUTCOMES.padded(OUTCOMES.posted(form), ROWS),
                text(form.getFirst("durationMonths")), text(form.getFirst("version")));
    }

    /**
     * The form as sent to the service: blank rows dropped and the others numbered again, so that the service's
     * {@code budgetLines[1].amount} is the second row shown; then empty rows up to {@link #ROWS}.
     */
    DraftForm asSent() {
        return new DraftForm(title, summary, window, strategies, requestedAmount,
                BUDGET_LINES.padded(FormRow.filled(budgetLines), ROWS), OUTCOMES.padded(FormRow.filled(outcomes), ROWS),
                durationMonths, version);
    }

    DraftForm withVersion(long saved) {
        return new DraftForm(title, summary, window, strategies, requestedAmount, budgetLines, outcomes, durationMonths,
                Long.toString(saved));
    }

    DraftForm withBudgetLine() {
        return new DraftForm(title, summary, window, strategies, requestedAmount, BUDGET_LINES.longer(budgetLines),
                outcomes, durationMonths, version);
    }

    DraftForm withOutcome() {
        return new DraftForm(title, summary, window, strategies, requestedAmount, budgetLines,
                OUTCOMES.longer(outcomes), durationMonths, version);
    }

    /** The form as a page shows it: its rows under their words in the user's language. */
    DraftForm shown(ApplyTexts t) {
        return new DraftForm(title, summary, window, strategies, requestedAmount, budgetLines(t).show(budgetLines),
                outcomes(t).show(outcomes), durationMonths, version);
    }

    /** The labels of the form's inputs by field, as the page shows them: the error summary names the fields so. */
    Map<String, String> labels(ApplyTexts t, WebTexts web) {
        Map<String, String> labels = new LinkedHashMap<>(Map.of("title", t.title(), "summary", t.summary(),
                "window", t.funding_window(), "strategies", t.strategies_legend(), "requestedAmount",
                t.requested_amount(), BUDGET_LINES.name(), t.budget_lines(), OUTCOMES.name(), t.planned_outcomes(),
                "durationMonths", t.duration_months()));
        DraftForm shown = shown(t);
        labels.putAll(FormRow.labels(shown.budgetLines(), web));
        labels.putAll(FormRow.labels(shown.outcomes(), web));
        return labels;
    }

    public boolean checked(String strategy) {
        return strategies.contains(strategy);
    }

    /** The sum of the amounts typed that are numbers, as the live total shows it before any script runs. */
    public BigDecimal budgetTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (FormRow row : budgetLines) {
            if (FormValues.decimalOrText(row.value("amount")) instanceof BigDecimal amount) {
                total = total.add(amount);
            }
        }
        return total;
    }

    /** The fields this form has an input for, as the service names them: its violations show beside them. */
    List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("title", "summary", "window", "strategies", "requestedAmount",
                BUDGET_LINES.name(), OUTCOMES.name(), "durationMonths"));
        fields.addAll(FormRow.fieldNames(budgetLines));
        fields.addAll(FormRow.fieldNames(outcomes));
        return fields;
    }

    /**
     * grants-service's ApplicationRequest: blank rows dropped, amounts as JSON numbers (or as typed when they
     * are no number, for the service to name), blanks absent. {@code version} only on an update.
     */
    Map<String, Object> body(UUID programmeId, UUID associationId, boolean update) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeId", programmeId);
        body.put("associationId", associationId);
        body.put("title", FormValues.blankToNull(title));
        body.put("summary", FormValues.blankToNull(summary));
        body.put("window", FormValues.blankToNull(window));
        body.put("strategies", List.copyOf(strategies));
        body.put("requestedAmount", FormValues.decimalOrText(requestedAmount));
        body.put("budgetLines", FormRow.json(budgetLines));
        body.put("outcomes", FormRow.json(outcomes));
        body.put("durationMonths", FormValues.integerOrText(durationMonths));
        if (update) {
            body.put("version", FormValues.integerOrText(version));
        }
        return body;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
