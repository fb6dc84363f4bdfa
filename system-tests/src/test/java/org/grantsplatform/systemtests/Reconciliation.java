package org.grantsplatform.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the sources (associations-service and grants-service databases) hold against what
 * reporting-service's read model holds, and what went over the topics between two moments.
 */
final class Reconciliation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Reconciliation() {
    }

    /** reporting-service's read model lives in the schema of its active generation. */
    static String readModel() {
        return Platform.text("reporting", "select schema_name from read_model_generation where status = 'ACTIVE'");
    }

    /**
     * Every difference between the sources and the read model, as sentences; empty when the read
     * model holds each committed change exactly once: associations per region and country, members
     * (the associations' member counts summed), and per programme the submitted applications and
     * the sum of their requested amounts.
     */
    static List<String> differences(String programmeId) {
        String rm = readModel();
        List<String> differences = new ArrayList<>();
        compare(differences, "associations per region/country",
                Platform.pairs("associations", "select region || '/' || country, count(*)::text from association "
                        + "group by 1"),
                Platform.pairs("reporting", "select region || '/' || country, count(*)::text from " + rm
                        + ".association group by 1"));
        compare(differences, "members (sum of member counts)",
                Platform.text("associations", "select coalesce(sum(member_count), 0) from association"),
                Platform.text("reporting", "select coalesce(sum(member_count), 0) from " + rm + ".association"));
        compare(differences, "submitted applications / requested sum of programme " + programmeId,
                submitted("grants", "application", "id", programmeId),
                submitted("reporting", rm + ".application", "application_id", programmeId));
        return differences;
    }

    static String submitted(String db, String table, String idColumn, String programmeId) {
        return Platform.text(db, "select count(" + idColumn + ") || ' / ' || coalesce(sum(requested_amount), 0) from "
                + table + " where programme_id = '" + programmeId + "' and status = 'SUBMITTED'");
    }

    /** How many rows differ between source and read model, summed over the compared groups. */
    static long differingCount(String programmeId) {
        String rm = readModel();
        long associations = Platform.count("reporting", "select count(*) from " + rm + ".association")
                - Platform.count("associations", "select count(*) from association");
        long members = Platform.count("reporting", "select coalesce(sum(member_count), 0) from " + rm + ".association")
                - Platform.count("associations", "select coalesce(sum(member_count), 0) from association");
        long applications = Platform.count("reporting", "select count(*) from " + rm + ".application "
                + "where status = 'SUBMITTED' and programme_id = '" + programmeId + "'")
                - Platform.count("grants", "select count(*) from application where status = 'SUBMITTED' "
                        + "and programme_id = '" + programmeId + "'");
        return Math.abs(associations) + Math.abs(members) + Math.abs(applications);
    }

    private static void compare(List<String> differences, String what, Object source, Object reporting) {
        if (!Objects.equals(source, reporting)) {
            differences.add(what + ": sources " + source + ", reporting " + reporting);
        }
    }

    /** Records appended to the event topics between two sets of end offsets, and their distinct event ids. */
    record Published(long records, long distinctEvents) {

        long duplicates() {
            return records - distinctEvents;
        }
    }

    static Published published(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        long records = 0;
        Set<String> ids = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = to.keySet().stream()
                    .filter(tp -> to.get(tp) > from.getOrDefault(tp, 0L)).toList();
            consumer.assign(partitions);
            partitions.forEach(tp -> consumer.seek(tp, from.getOrDefault(tp, 0L)));
            long deadline = System.currentTimeMillis() + 60_000;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < to.get(tp))) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("could not read the scenario's records within 60 s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < to.get(tp)) {
                        records++;
                        ids.add(eventId(record.value()));
                    }
                }
            }
        }
        return new Published(records, ids.size());
    }

    private static String eventId(String json) {
        try {
            return JSON.readTree(json).path("id").asText();
        } catch (IOException e) {
            return json;
        }
    }

    /** Events a consumer recorded in its inbox (one row per event it applied). */
    static long inboxRows(String db, String consumerPrefix) {
        return Platform.count(db, "select count(*) from inbox_event where consumer like '" + consumerPrefix + "%'");
    }

    /** Inbox rows beyond one per event id: an event applied twice would show here. */
    static long inboxDuplicates(String db) {
        return Platform.count(db, "select count(*) - count(distinct (consumer, event_id)) from inbox_event");
    }
}
