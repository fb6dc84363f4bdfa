package org.grantsplatform.reporting.exports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.grantsplatform.runtime.text.SafeText;

/**
 * Writes grants as a 360Giving Data Standard package ({@code {"grants": [...]}}, schema 1.4),
 * one grant at a time. Identifiers carry the publisher's 360Giving prefix. A funder is identified by a
 * name-based UUID of its name, so that one identifier always carries one funder name (the Data Quality
 * Tool's check) whoever created the programme; donor organisations with an org-id.guide identifier replace
 * it once the platform records them. Text is written without the characters {@link SafeText} forbids: events from
 * before requests refused them may carry them, and a lone surrogate cannot be encoded at all.
 */
final class ThreeSixtyGivingWriter implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator out;
    private final String prefix;

    ThreeSixtyGivingWriter(OutputStream stream, String prefix) {
        this.prefix = prefix;
        try {
            out = JSON.createGenerator(stream);
            out.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            out.writeStartObject();
            out.writeStringField("version", "1.4");
            out.writeArrayFieldStart("grants");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(ExportedGrant g) {
        try {
            String awardDate = g.awardDate().toString();
            String countryName = new Locale("", g.country()).getDisplayCountry(Locale.ENGLISH);
            out.writeStartObject();
            text("id", prefix + "-" + g.grantId());
            text("title", g.title());
            text("description", g.description());
            text("currency", g.currency());
            if (g.requested() != null) {
                out.writeNumberField("amountAppliedFor", g.requested());
            }
            out.writeNumberField("amountAwarded", g.awarded());
            out.writeNumberField("amountDisbursed", g.disbursed());
            text("awardDate", awardDate);
            out.writeArrayFieldStart("plannedDates");
            out.writeStartObject();
            text("startDate", awardDate);
            if (g.durationMonths() != null) {
                text("endDate", g.awardDate().plusMonths(g.durationMonths()).toString());
                out.writeNumberField("duration", g.durationMonths());
            }
            out.writeEndObject();
            out.writeEndArray();
            out.writeArrayFieldStart("recipientOrganization");
            out.writeStartObject();
            text("id", prefix + "-association-" + g.associationId());
            text("name", g.associationName());
            text("addressCountry", countryName);
            out.writeEndObject();
            out.writeEndArray();
            out.writeArrayFieldStart("fundingOrganization");
            out.writeStartObject();
            String funder = SafeText.strip(g.donorName() == null ? g.programmeName() : g.donorName());
            text("id", funderId(funder));
            text("name", funder);
            out.writeEndObject();
            out.writeEndArray();
            out.writeArrayFieldStart("beneficiaryLocation");
            out.writeStartObject();
            text("name", countryName);
            text("countryCode", g.country());
            out.writeEndObject();
            out.writeEndArray();
            out.writeArrayFieldStart("grantProgramme");
            out.writeStartObject();
            text("code", g.programmeId().toString());
            text("title", g.programmeName());
            out.writeEndObject();
            out.writeEndArray();
            out.writeArrayFieldStart("disbursementTransaction");
            for (ExportedGrant.Payment p : g.payments()) {
                out.writeStartObject();
                text("id", prefix + "-" + g.grantId() + "-tranche-" + p.sequence());
                text("transactionDate", p.paidOn().toString());
                out.writeNumberField("value", p.amount());
                text("currency", g.currency());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.writeEndArray();
            out.writeEndObject();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(String field, String value) throws IOException {
        out.writeStringField(field, SafeText.strip(value));
    }

    /** The same funder name always gives the same identifier, and no two names share one. */
    private String funderId(String funderName) {
        return prefix + "-funder-" + UUID.nameUUIDFromBytes(funderName.getBytes(StandardCharsets.UTF_8));
    }
}
