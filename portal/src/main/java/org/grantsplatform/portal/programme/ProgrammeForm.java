package org.grantsplatform.portal.programme;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grantsplatform.portal.web.FormList;
import org.grantsplatform.portal.web.FormList.Column;
import org.grantsplatform.portal.web.FormRow;
import org.grantsplatform.portal.web.FormValues;

/**
 * The programme form's values as typed, named as grants-service's ProgrammeRequest names its fields (so a
 * violation's {@code field} is the input's {@code name}): {@code name, description, donorName, currency, budget,
 * maxGrant, windows, opensOn, closesOn, eligibility.regions|requireVerified|minTransparencyRate|minMemberCount,
 * rubric[i].criterion|weight|maxScore, version}.
 */
public record ProgrammeForm(String name, String description, String donorName, String currency, String budget,
        String maxGrant, Set<String> windows, String opensOn, String closesOn, Set<String> regions,
        boolean requireVerified, String minTransparencyRate, String minMemberCount, List<FormRow> rubric,
        String version) {

    /** grants-service's RubricCriterion rows (the page renders them itself, in the page's language). */
    static final FormList RUBRIC = new FormList("rubric", "Criterion", List.of(Column.text("criterion", "Criterion", 100),
            Column.amount("weight", "Weight", "data-rubric-weight"), Column.amount("maxScore", "Maximum score", null)));
    /** A new programme's rubric rows; a refused or shortened form keeps at least one row. */
    static final int NEW_ROWS = 2;
    static final String REGIONS = "eligibility.regions";
    static final String REQUIRE_VERIFIED = "eligibility.requireVerified";
    static final String MIN_TRANSPARENCY_RATE = "eligibility.minTransparencyRate";
    static final String MIN_MEMBER_COUNT = "eligibility.minMemberCount";

    static ProgrammeForm empty() {
        return new ProgrammeForm("", "", "", "", "", "", Set.of(), "", "", Set.of(), false, "", "",
                RUBRIC.padded(List.of(), NEW_ROWS), "");
    }

    /** A saved draft, to edit. */
    static ProgrammeForm of(Programme p) {
        List<FormRow> rows = new ArrayList<>();
        for (Programme.Criterion c : p.rubric()) {
            rows.add(RUBRIC.row(rows.size(), Arrays.asList(c.criterion(), plain(c.weight()), Integer.toString(c.maxScore()))));
        }
        Programme.Eligibility e = p.eligibility();
        return new ProgrammeForm(text(p.name()), text(p.description()), text(p.donorName()), text(p.currency()),
                plain(p.budget()), plain(p.maxGrant()), new LinkedHashSet<>(p.windows()), date(p.opensOn()),
                date(p.closesOn()), e == null || e.regions() == null ? Set.of() : new LinkedHashSet<>(e.regions()),
                e != null && e.requireVerified(), e == null ? "" : plain(e.minTransparencyRate()),
                e == null || e.minMemberCount() == null ? "" : e.minMemberCount().toString(), RUBRIC.padded(rows, 1),
                Long.toString(p.version()));
    }

    /** What the browser sent, blank rows included (as they stood on the page). */
    static ProgrammeForm posted(MultivaluedMap<String, String> form) {
        return new ProgrammeForm(text(form.getFirst("name")), text(form.getFirst("description")),
                text(form.getFirst("donorName")), text(form.getFirst("currency")), text(form.getFirst("budget")),
                text(form.getFirst("maxGrant")), all(form.get("windows")), text(form.getFirst("opensOn")),
                text(form.getFirst("closesOn")), all(form.get(REGIONS)), "true".equals(form.getFirst(REQUIRE_VERIFIED)),
                text(form.getFirst(MIN_TRANSPARENCY_RATE)), text(form.getFirst(MIN_MEMBER_COUNT)),
                RUBRIC.padded(RUBRIC.posted(form), 1), text(form.getFirst("version")));
    }

    /**
     * The form as sent to the service: blank rubric rows dropped and the others numbered again, so that the
     * service's {@code rubric[1].weight} is the second row shown.
     */
    ProgrammeForm asSent() {
        return withRubric(RUBRIC.padded(FormRow.filled(rubric), 1));
    }

    ProgrammeForm withCriterion() {
        return withRubric(RUBRIC.longer(rubric));
    }

    /** Without the row at {@code index}, the rows after it numbered one less; never fewer than one row. */
    ProgrammeForm withoutCriterion(int index) {
        List<FormRow> kept = new ArrayList<>();
        for (FormRow row : rubric) {
            if (row.index() != index) {
                kept.add(new FormRow(RUBRIC, kept.size(), row.cells()));
            }
        }
        return withRubric(RUBRIC.padded(kept, 1));
    }

    private ProgrammeForm withRubric(List<FormRow> rows) {
        return new ProgrammeForm(name, description, donorName, currency, budget, maxGrant, windows, opensOn, closesOn,
                regions, requireVerified, minTransparencyRate, minMemberCount, rows, version);
    }

    public boolean offers(String window) {
        return windows.contains(window);
    }

    public boolean admits(String region) {
        return regions.contains(region);
    }

    /** The sum of the weights typed that are numbers, as the live total shows it before any script runs. */
    public BigDecimal weightTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (FormRow row : rubric) {
            if (FormValues.decimalOrText(row.value("weight")) instanceof BigDecimal weight) {
                total = total.add(weight);
            }
        }
        return total;
    }

    /** The fields this form has an input for, as the service names them: its violations show beside them. */
    List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("name", "description", "donorName", "currency", "budget",
                "maxGrant", "windows", "opensOn", "closesOn", "eligibility", REGIONS, REQUIRE_VERIFIED,
                MIN_TRANSPARENCY_RATE, MIN_MEMBER_COUNT, RUBRIC.name()));
        fields.addAll(FormRow.fieldNames(rubric));
        return fields;
    }

    /**
     * grants-service's ProgrammeRequest: blank rubric rows dropped, numbers as JSON numbers (or as typed when they
     * are no number, for the service to name), blanks absent. {@code version} only on an update.
     */
    Map<String, Object> body(boolean update) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", FormValues.blankToNull(name));
        body.put("description", FormValues.blankToNull(description));
        body.put("donorName", FormValues.blankToNull(donorName));
        body.put("currency", FormValues.blankToNull(currency));
        body.put("budget", FormValues.decimalOrText(budget));
        body.put("maxGrant", FormValues.decimalOrText(maxGrant));
        body.put("windows", List.copyOf(windows));
        body.put("opensOn", FormValues.blankToNull(opensOn));
        body.put("closesOn", FormValues.blankToNull(closesOn));
        Map<String, Object> eligibility = new LinkedHashMap<>();
        eligibility.put("regions", List.copyOf(regions));
        eligibility.put("requireVerified", requireVerified);
        eligibility.put("minTransparencyRate", FormValues.decimalOrText(minTransparencyRate));
        eligibility.put("minMemberCount", FormValues.integerOrText(minMemberCount));
        body.put("eligibility", eligibility);
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (FormRow row : FormRow.filled(rubric)) {
            Map<String, Object> criterion = new LinkedHashMap<>();
            criterion.put("criterion", FormValues.blankToNull(row.value("criterion")));
            criterion.put("weight", FormValues.decimalOrText(row.value("weight")));
            criterion.put("maxScore", FormValues.integerOrText(row.value("maxScore")));
            criteria.add(criterion);
        }
        body.put("rubric", criteria);
        if (update) {
            body.put("version", FormValues.integerOrText(version));
        }
        return body;
    }

    private static Set<String> all(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
