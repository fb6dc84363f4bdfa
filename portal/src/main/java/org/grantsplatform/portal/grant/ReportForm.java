package org.grantsplatform.portal.grant;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantsplatform.portal.web.FormList;
import org.grantsplatform.portal.web.FormList.Column;
import org.grantsplatform.portal.web.FormRow;
import org.grantsplatform.portal.web.FormValues;
import org.grantsplatform.portal.web.WebTexts;

/**
 * The milestone report form as typed, named as grants-service's MilestoneReportRequest names its fields:
 * {@code narrative, indicators[i].name, indicators[i].actual}.
 */
public record ReportForm(String narrative, List<FormRow> indicators) {

    /** Rows a new report starts with, and the fewest it shows. */
    static final int ROWS = 3;
    /** grants-service's IndicatorRequest, with its size limits; words by {@link #indicators(GrantTexts)}. */
    static final FormList INDICATORS = new FormList("indicators", null, List.of(
            Column.text("name", null, 200), Column.text("actual", null, 200)));

    /** The indicator rows' words in the user's language. */
    static FormList indicators(GrantTexts t) {
        return INDICATORS.labelled(t.indicator(), List.of(t.name(), t.actual()));
    }

    /** A new report, or the one sent back, to send again. */
    static ReportForm of(Grant.Tranche tranche) {
        Grant.MilestoneReport previous = tranche.milestoneReport();
        if (previous == null || !tranche.returned()) {
            return new ReportForm("", INDICATORS.padded(List.of(), ROWS));
        }
        List<FormRow> rows = new ArrayList<>();
        for (Grant.Indicator i : previous.indicators()) {
            rows.add(INDICATORS.row(rows.size(), Arrays.asList(i.name(), i.actual())));
        }
        return new ReportForm(previous.narrative() == null ? "" : previous.narrative(), INDICATORS.padded(rows, ROWS));
    }

    static ReportForm posted(MultivaluedMap<String, String> form) {
        String narrative = form.getFirst("narrative");
        return new ReportForm(narrative == null ? "" : narrative, INDICATORS.padded(INDICATORS.posted(form), ROWS));
    }

    /** As sent: blank rows left out, so the service's {@code indicators[1]} is the second row shown. */
    ReportForm asSent() {
        return new ReportForm(narrative, INDICATORS.padded(FormRow.filled(indicators), ROWS));
    }

    /** The form as a page shows it: its rows under their words in the user's language. */
    ReportForm shown(GrantTexts t) {
        return new ReportForm(narrative, indicators(t).show(indicators));
    }

    /** The labels of the form's inputs by field, as the page shows them, for the error summary. */
    Map<String, String> labels(GrantTexts t, WebTexts web) {
        Map<String, String> labels = new LinkedHashMap<>(Map.of("narrative", t.achieved(), INDICATORS.name(),
                t.indicators()));
        labels.putAll(FormRow.labels(shown(t).indicators(), web));
        return labels;
    }

    ReportForm longer() {
        return new ReportForm(narrative, INDICATORS.longer(indicators));
    }

    List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("narrative", INDICATORS.name()));
        fields.addAll(FormRow.fieldNames(indicators));
        return fields;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("narrative", FormValues.blankToNull(narrative));
        body.put("indicators", FormRow.json(indicators));
        return body;
    }
}
