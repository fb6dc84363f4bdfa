package org.grantsplatform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.grantsplatform.events.associations.AssociationEvent;
import org.grantsplatform.events.associations.CapacityAssessed;
import org.grantsplatform.events.associations.MemberChanged;
import org.grantsplatform.events.associations.SpReportSubmitted;
import org.grantsplatform.events.grants.ApplicationDecided;
import org.grantsplatform.events.grants.ApplicationEvent;
import org.grantsplatform.events.grants.GrantEvent;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.events.grants.ReviewCompleted;
import org.grantsplatform.events.grants.ReviewerUnassigned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One example of every event as it travels ({@code golden/<type>[.<variant>].json}, the whole CloudEvent) is read
 * into its record and written back to the same JSON: a field renamed, dropped or retyped in a record breaks the
 * contract with consumers and fails here. Every field is in the examples, null ones too, as the services write them.
 */
class GoldenEventsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** The record of each example's data, as docs/events.md names it; a variant follows the type in the name. */
    private static final Map<String, Class<? extends Record>> DATA = Map.ofEntries(
            Map.entry(EventTypes.ASSOCIATION_REGISTERED, AssociationEvent.class),
            Map.entry(EventTypes.ASSOCIATION_UPDATED, AssociationEvent.class),
            Map.entry(EventTypes.ASSOCIATION_UPDATED + ".capacity-assessed", CapacityAssessed.class),
            Map.entry(EventTypes.ASSOCIATION_VERIFIED, AssociationEvent.class),
            Map.entry(EventTypes.MEMBER_CHANGED, MemberChanged.class),
            Map.entry(EventTypes.SP_REPORT_SUBMITTED, SpReportSubmitted.class),
            Map.entry(EventTypes.PROGRAMME_PUBLISHED, ProgrammeEvent.class),
            Map.entry(EventTypes.PROGRAMME_CLOSED, ProgrammeEvent.class),
            Map.entry(EventTypes.APPLICATION_SUBMITTED, ApplicationEvent.class),
            Map.entry(EventTypes.APPLICATION_SCREENED, ApplicationEvent.class),
            Map.entry(EventTypes.APPLICATION_WITHDRAWN, ApplicationEvent.class),
            Map.entry(EventTypes.REVIEW_COMPLETED, ReviewCompleted.class),
            Map.entry(EventTypes.REVIEWER_UNASSIGNED, ReviewerUnassigned.class),
            Map.entry(EventTypes.APPLICATION_DECIDED, ApplicationDecided.class),
            Map.entry(EventTypes.TRANCHE_SCHEDULED, GrantEvent.class),
            Map.entry(EventTypes.TRANCHE_RESCHEDULED, GrantEvent.class),
            Map.entry(EventTypes.TRANCHE_CANCELLED, GrantEvent.class),
            Map.entry(EventTypes.MILESTONE_REPORTED, GrantEvent.class),
            Map.entry(EventTypes.MILESTONE_REVIEWED, GrantEvent.class),
            Map.entry(EventTypes.DISBURSEMENT_REQUESTED, GrantEvent.class),
            Map.entry(EventTypes.DISBURSEMENT_APPROVED, GrantEvent.class),
            Map.entry(EventTypes.DISBURSEMENT_PAID, GrantEvent.class),
            Map.entry(EventTypes.GRANT_COMPLETED, GrantEvent.class));

    /**
     * Equal nodes, or numbers of equal value: the mapper's trees drop a decimal's trailing zeros (40000.00 is read
     * as 4E+4), so an amount that comes back as 76 where the example says 76.00 is the same amount.
     */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    private final ObjectMapper json = EventJson.newMapper();

    static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void shouldReadEveryExampleIntoItsRecordAndWriteTheSameJsonBack(String example) throws IOException {
        assertTrue(DATA.containsKey(example), example + ".json: no record is known for it");
        JsonNode golden = json.readTree(GOLDEN.resolve(example + ".json").toFile());
        CloudEvent event = json.treeToValue(golden, CloudEvent.class);
        assertTrue(example.startsWith(event.type()), example + ".json holds an event of type " + event.type());

        Record data = json.treeToValue(event.data(), DATA.get(example));
        JsonNode written = json.readTree(json.writeValueAsString(data));
        CloudEvent again = new CloudEvent(event.specversion(), event.id(), event.source(), event.type(),
                event.subject(), event.time(), event.datacontenttype(), written);
        JsonNode back = json.readTree(json.writeValueAsString(again));
        assertTrue(golden.equals(SAME_VALUE, back), example + ".json after a round trip:\n" + golden + "\n" + back);
    }

    @Test
    void shouldHaveAnExampleOfEveryEventType() throws IOException, IllegalAccessException {
        Set<String> missing = new TreeSet<>();
        for (Field field : EventTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String type = (String) field.get(null);
                if (!Files.exists(GOLDEN.resolve(type + ".json"))) {
                    missing.add(type);
                }
            }
        }
        assertEquals(Set.of(), missing, "event types without a golden example in " + GOLDEN);
    }
}
