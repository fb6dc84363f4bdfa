package org.grantsplatform.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventJson;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.associations.AssociationData;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.grants.GrantData;
import org.grantsplatform.events.grants.ProgrammeData;
import org.grantsplatform.runtime.testing.EventsProbe;
import org.grantsplatform.runtime.testing.KafkaTestBroker;

/**
 * Synthetic events as the other services publish them, built from the contract records and sent
 * to the test broker keyed by their aggregate, so tests choose the order the consumer sees.
 */
public final class TestEvents {

    private static final ObjectMapper JSON = EventJson.newMapper();

    private TestEvents() {
    }

    /** A CloudEvent document with a fresh id; send it twice to test redelivery. */
    public static String event(String type, UUID subject, Instant time, Object data) {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                type.startsWith("associations.") ? "/associations-service" : "/grants-service", type,
                subject.toString(), time, CloudEvent.JSON, JSON.valueToTree(data));
        return EventsProbe.toJson(event);
    }

    public static void publish(String json) {
        CloudEvent event = EventsProbe.parse(json);
        String topic = event.type().startsWith("associations.") ? Topics.ASSOCIATIONS : Topics.GRANTS;
        EventsProbe.send(KafkaTestBroker.bootstrapServers(), topic, event.subject(), json);
    }

    public static String publish(String type, UUID subject, Instant time, Object data) {
        String json = event(type, subject, time, data);
        publish(json);
        return json;
    }

    public static ProgrammeData programme(UUID id, String ownerSubject, String donorName, String currency,
            String status, long version) {
        return new ProgrammeData(id, "Programme " + id, "SP capacity for associations", donorName, ownerSubject,
                currency, new BigDecimal("1000000.00"), new BigDecimal("100000.00"),
                List.of("CAPACITY_BUILDING", "MEMBER_TRAINING"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                new ProgrammeData.Eligibility(List.of(), false, null, null), List.of(), status, BigDecimal.ZERO,
                new BigDecimal("1000000.00"), version);
    }

    public static AssociationData association(UUID id, String country, String region, int members, long version,
            Integer transparencyYear, BigDecimal transparencyRate) {
        return new AssociationData(id, "Network " + id, "NET", country, region, "ASSOCIATION", 2001, null, null,
                members, true, null, null, null, List.of("sub-assoc1"), transparencyYear, transparencyRate, version,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** An application; {@code decidedAt} and {@code awarded} stay null before a decision. */
    public static ApplicationData application(UUID id, UUID programmeId, UUID associationId, String currency,
            String window, List<String> strategies, String requested, String status, Instant submittedAt,
            Instant decidedAt, String awarded, long version) {
        return new ApplicationData(id, programmeId, associationId, "Application " + id, "Training member MFIs",
                window, strategies, currency, new BigDecimal(requested), List.of(), List.of(), 18, status,
                submittedAt, decidedAt, null, awarded == null ? null : new BigDecimal(awarded),
                "AWARDED".equals(status) ? "strong proposal" : null, version);
    }

    public static GrantData grant(UUID id, ApplicationData application, Instant awardedAt, String disbursed,
            String status, List<GrantData.TrancheData> tranches, long version) {
        return new GrantData(id, application.id(), application.programmeId(), application.associationId(),
                application.title(), application.currency(), application.awardedAmount(), new BigDecimal(disbursed),
                status, awardedAt, tranches, version);
    }

    public static GrantData.TrancheData tranche(UUID id, int sequence, String amount, LocalDate dueDate, String status,
            LocalDate paidOn) {
        return new GrantData.TrancheData(id, sequence, new BigDecimal(amount), dueDate, "Milestone " + sequence,
                status, null, null, null, null, null, paidOn, paidOn == null ? null : "PAY-" + sequence);
    }
}
