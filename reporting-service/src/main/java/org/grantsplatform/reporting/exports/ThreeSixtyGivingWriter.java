package org.grantsplatform.reporting.exports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes grants as a 360Giving Data Standard package ({@code {"grants": [...]}}, schema 1.4),
 * one grant at a time. Identifiers carry the publisher's 360Giving prefix. A funder is identified by a
 * name-based UUID of its name, so that one identifier always carries one funder name (the Data Quality
 * Tool's check) whoever created the programme; donor organisations with an org-id.guide identifier replace
 * it once the platform records them.
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
            out.writeStringField("id", prefix + "-" + g.grantId());
            out.writeStringField("title", g.title());
            out.writeStringField("description", g.description());
            out.writeStringField("currency", g.currency());
            if (g.requested() != null) {
                out.writeNumberField("amountAppliedFor", g.requested());
            }
            out.writeNumberField("amountAwarded", g.awarded());
            out.writeNumberField("amountDisbursed", g.disbursed());
            out.writeStringField("awardDate", awardDate);
            out.writeArrayFieldStart("plannedDates");
            out.writeStartObject();
            out.writeStringField("startDate", awardDate);
            if (g.durationMonths() != null) {
                out.writeStringField("endDate", g.awardDate().plusMonths(g.durationMonths()).toString());
                out.writeNumberField("duration", g.durationMonths());
            }
            out.writeEndObject();
            out.writeEndArray();
            out.writeArrayFieldStart("recipientOrganization");
            out.writeStartObject();
            out.writeStringField("id", prefix + "-association-" + g.associationId());
            out.writeStringField("name", g.associationName());
            out.writeStringField("addressCountry", countryName);
            out.writeEndObject();
            out.writeEndArray();
            out.writeArrayFieldStart("fundingOrganization");
            out.writeStartObject();
            String funder = g.donorName() == null ? g.programmeName() : g.donorName();
            out.writeStringField("id", funderId(funder));
            out.writeStringField("name", funder);
            out.writeEndObject();
            out.writeEndArray();
            out.writeArrayFieldStart("beneficiaryLocation");
            out.writeStartObject();
            out.writeStringField("name", countryName);
            out.writeStringField("countryCode", g.country());
            out.writeEndObject();
            out.writeEndArray();
            out.writeArrayFieldStart("grantProgramme");
            out.writeStartObject();
            out.writeStringField("code", g.programmeId().toString());
            out.writeStringField("title", g.programmeName());
            out.writeEndObject();
            out.writeEndArray();
            out.writeArrayFieldStart("disbursementTransaction");
            for (ExportedGrant.Payment p : g.payments()) {
                out.writeStartObject();
                out.writeStringField("id", prefix + "-" + g.grantId() + "-tranche-" + p.sequence());
                out.writeStringField("transactionDate", p.paidOn().toString());
                out.writeNumberField("value", p.amount());
                out.writeStringField("currency", g.currency());
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

    /** The same funder name always gives the same identifier, and no two names share one. */
    private String funderId(String funderName) {
        return prefix + "-funder-" + UUID.nameUUIDFromBytes(funderName.getBytes(StandardCharsets.UTF_8));
    }
}
