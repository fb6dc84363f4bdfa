package org.grantsplatform.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantsplatform.reporting.TestEvents.application;
import static org.grantsplatform.reporting.TestEvents.association;
import static org.grantsplatform.reporting.TestEvents.event;
import static org.grantsplatform.reporting.TestEvents.grant;
import static org.grantsplatform.reporting.TestEvents.programme;
import static org.grantsplatform.reporting.TestEvents.tranche;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.associations.AssociationEvent;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.grants.ApplicationDecided;
import org.grantsplatform.events.grants.ApplicationEvent;
import org.grantsplatform.events.grants.GrantData;
import org.grantsplatform.events.grants.GrantEvent;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.reporting.projection.Projector;
import org.grantsplatform.runtime.inbox.Inbox;
import org.grantsplatform.runtime.inbox.RecordProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Batches and single events into schemas of their own: the same events in one batch, or one by
 * one in another order with redeliveries, leave the same rows and exactly the portfolio totals a
 * recount of those rows gives.
 */
@QuarkusTest
class BatchApplierTest {

    private static final String[] TABLES = { "programme", "association", "application", "grant_award", "tranche",
        "grant_timeline", "sp_report", "transparency" };
    private static final Instant SUBMITTED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-04-01T09:00:00Z");

    @Inject
    ReadModelSchemas schemas;

    @Inject
    Sql sql;

    @Inject
    ReadModelWriter writer;

    @Inject
    @All
    List<Projector> projectors;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Inbox inbox;

    private final List<String> created = new ArrayList<>();
    private final UUID programmeId = UUID.randomUUID();
    private final UUID associationId = UUID.randomUUID();
    private final UUID awardedId = UUID.randomUUID();
    private final UUID grantId = UUID.randomUUID();
    private long offset;

    @AfterEach
    void dropSchemas() {
        QuarkusTransaction.requiringNew().run(() -> created.forEach(s -> {
            schemas.drop(s);
            inbox.forget(s);
        }));
    }

    @Test
    void shouldLeaveTheSameRowsAndExactTotalsWhetherInOneBatchOrOneByOneOutOfOrderWithRedeliveries() {
        List<ConsumerRecord<String, String>> events = portfolio();
        BatchApplier inOneBatch = applier(schema());
        BatchApplier oneByOne = applier(schema());

        assertThat(inOneBatch.tryApply(events)).isTrue();
        List<ConsumerRecord<String, String>> shuffled = new ArrayList<>(events);
        shuffled.addAll(events.subList(0, 5));
        Collections.shuffle(shuffled, new Random(7));
        for (ConsumerRecord<String, String> record : shuffled) {
            assertThat(oneByOne.tryApply(List.of(record))).isTrue();
        }

        for (String table : TABLES) {
            assertThat(difference(created.get(0), created.get(1), table)).as(table).isZero();
            assertThat(difference(created.get(1), created.get(0), table)).as(table).isZero();
        }
        assertThat(totals(created.get(0))).isEqualTo(totals(created.get(1))).isEqualTo(recount(created.get(0)));
        // the grant was amended to 12,000 and paid 4,000; the association moved from AFRICA to EUROPE
        assertThat(figures(created.get(1), "programme", null)).containsExactly(3L, 2L, money("17000.00"),
                money("4000.00"));
        assertThat(figures(created.get(1), "region", "EUROPE")).containsExactly(3L, 2L, money("17000.00"),
                money("4000.00"));
        assertThat(figures(created.get(1), "region", "AFRICA")).containsOnly(0L, money("0.00"));
        assertThat(figures(created.get(1), "strategy", "MEMBER_CAPACITY")).containsExactly(1L, 1L,
                money("12000.00"), money("4000.00"));
    }

    @Test
    void shouldMoveTheTotalsByTheDifferenceWhenAGrantIsAmendedAndIgnoreItsOlderVersions() {
        BatchApplier applier = applier(schema());
        String schema = created.get(0);
        ApplicationData awarded = awarded();
        applier.tryApply(List.of(record(EventTypes.APPLICATION_DECIDED, awardedId, new ApplicationDecided(awarded,
                null, grant(grantId, awarded, DECIDED, "0.00", "ACTIVE", List.of(), 0)))));
        assertThat(figures(schema, "programme", null)).containsExactly(1L, 1L, money("10000.00"), money("0.00"));

        applier.tryApply(List.of(paid("12000.00", 6)));
        assertThat(figures(schema, "programme", null)).containsExactly(1L, 1L, money("12000.00"), money("4000.00"));

        applier.tryApply(List.of(paid("10000.00", 5)));
        assertThat(figures(schema, "programme", null)).containsExactly(1L, 1L, money("12000.00"), money("4000.00"));
        assertThat(totals(schema)).isEqualTo(recount(schema));
    }

    @Test
    void shouldLeaveTheTotalsToOneCountWhileRebuildingAndKeepThemFromThenOn() {
        List<ConsumerRecord<String, String>> events = portfolio();
        BatchApplier live = applier(schema());
        GenerationHandler rebuilding = new GenerationHandler(schema(), schemas, projectors, writer, sql, false);
        BatchApplier rebuild = new BatchApplier(created.get(1), inbox, rebuilding, dataSource);
        List<ConsumerRecord<String, String>> before = events.subList(0, events.size() - 2);
        List<ConsumerRecord<String, String>> after = events.subList(events.size() - 2, events.size());

        assertThat(live.tryApply(before)).isTrue();
        for (ConsumerRecord<String, String> record : before) {
            assertThat(rebuild.tryApply(List.of(record))).isTrue();
        }
        assertThat(totals(created.get(1))).isEmpty();

        countTotals(rebuilding);
        assertThat(totals(created.get(1))).isNotEmpty().isEqualTo(totals(created.get(0)));
        assertThat(live.tryApply(after)).isTrue();
        assertThat(rebuild.tryApply(after)).isTrue();
        assertThat(totals(created.get(1))).isEqualTo(totals(created.get(0))).isEqualTo(recount(created.get(0)));
    }

    @Test
    void shouldRollBackABatchWithAPoisonRecordAndApplyTheRestRecordByRecord() {
        BatchApplier applier = applier(schema());
        String schema = created.get(0);
        List<ConsumerRecord<String, String>> batch = List.of(
                record(EventTypes.PROGRAMME_PUBLISHED, programmeId, new ProgrammeEvent(
                        programme(programmeId, "donor-x", "Foundation", "EUR", "OPEN", 1))),
                record(EventTypes.DISBURSEMENT_PAID, grantId, Map.of("trancheId", UUID.randomUUID())),
                record(EventTypes.ASSOCIATION_REGISTERED, associationId,
                        new AssociationEvent(association(associationId, "KE", "AFRICA", 12, 0, null, null))));

        assertThat(applier.tryApply(batch)).isFalse();
        assertThat(count(schema, "programme") + count(schema, "association")).isZero();
        assertThat(sql.query("select count(*) from inbox_event where consumer = ?", rs -> rs.getLong(1), schema))
                .containsExactly(0L);

        List<ProducerRecord<String, String>> dead = new ArrayList<>();
        RecordProcessor processor = new RecordProcessor(schema, List.of(handler(schema)), inbox::applyOnce, dead::add);
        assertThat(batch.stream().map(processor::process).toList()).containsExactly(RecordProcessor.Outcome.APPLIED,
                RecordProcessor.Outcome.DEAD_LETTERED, RecordProcessor.Outcome.APPLIED);
        assertThat(count(schema, "programme") + count(schema, "association")).isEqualTo(2);
        assertThat(dead).singleElement().satisfies(r -> assertThat(r.topic()).isEqualTo(
                Topics.deadLetterOf(Topics.GRANTS)));
    }

    /** Three applications, one withdrawn draft, a grant amended and paid, an association that moves. */
    private List<ConsumerRecord<String, String>> portfolio() {
        List<ConsumerRecord<String, String>> events = new ArrayList<>();
        UUID withdrawn = UUID.randomUUID();
        UUID draft = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        ApplicationData awarded = awarded();
        events.add(record(EventTypes.PROGRAMME_PUBLISHED, programmeId, new ProgrammeEvent(
                programme(programmeId, "donor-x", "Foundation", "EUR", "OPEN", 1))));
        events.add(record(EventTypes.ASSOCIATION_REGISTERED, associationId,
                new AssociationEvent(association(associationId, "KE", "AFRICA", 12, 0, null, null))));
        events.add(record(EventTypes.APPLICATION_SUBMITTED, awardedId, new ApplicationEvent(application(awardedId,
                programmeId, associationId, "EUR", "INNOVATION", List.of("MEMBER_CAPACITY", "KNOWLEDGE_BASE"),
                "12000.00", "SUBMITTED", SUBMITTED, null, null, 1), null)));
        events.add(record(EventTypes.APPLICATION_DECIDED, awardedId, new ApplicationDecided(awarded, null,
                grant(grantId, awarded, DECIDED, "0.00", "ACTIVE", List.of(), 0))));
        events.add(paid("10000.00", 5));
        events.add(paid("12000.00", 6));
        events.add(record(EventTypes.APPLICATION_SUBMITTED, withdrawn, new ApplicationEvent(application(withdrawn,
                programmeId, associationId, "EUR", null, List.of(), "3000.00", "SUBMITTED", SUBMITTED, null, null, 1),
                null)));
        events.add(record(EventTypes.APPLICATION_WITHDRAWN, withdrawn, new ApplicationEvent(application(withdrawn,
                programmeId, associationId, "EUR", null, List.of(), "3000.00", "WITHDRAWN", SUBMITTED, null, null, 2),
                "changed plans")));
        events.add(record(EventTypes.APPLICATION_WITHDRAWN, draft, new ApplicationEvent(application(draft,
                programmeId, associationId, "EUR", null, List.of(), "1000.00", "WITHDRAWN", null, null, null, 1),
                null)));
        // a grant whose application never arrives counts through its placeholder
        ApplicationData placeholder = application(unknown, programmeId, associationId, "EUR", null, List.of(),
                "5000.00", "AWARDED", SUBMITTED, DECIDED, "5000.00", 3);
        events.add(record(EventTypes.TRANCHE_SCHEDULED, unknown, new GrantEvent(grant(UUID.randomUUID(), placeholder,
                DECIDED, "0.00", "ACTIVE", List.of(), 1), null)));
        events.add(record(EventTypes.ASSOCIATION_UPDATED, associationId,
                new AssociationEvent(association(associationId, "FR", "EUROPE", 12, 1, null, null))));
        return events;
    }

    private ApplicationData awarded() {
        return application(awardedId, programmeId, associationId, "EUR", "INNOVATION",
                List.of("MEMBER_CAPACITY", "KNOWLEDGE_BASE"), "12000.00", "AWARDED", SUBMITTED, DECIDED, "10000.00", 4);
    }

    private ConsumerRecord<String, String> paid(String awarded, long version) {
        ApplicationData amended = application(awardedId, programmeId, associationId, "EUR", "INNOVATION", List.of(),
                "12000.00", "AWARDED", SUBMITTED, DECIDED, awarded, 4);
        UUID first = new UUID(grantId.getMostSignificantBits(), 1);
        GrantData g = grant(grantId, amended, DECIDED, "4000.00", "ACTIVE", List.of(
                tranche(first, 1, "4000.00", LocalDate.of(2026, 6, 1), "PAID", LocalDate.of(2026, 6, 2))), version);
        return record(EventTypes.DISBURSEMENT_PAID, grantId, new GrantEvent(g, first));
    }

    private ConsumerRecord<String, String> record(String type, UUID subject, Object data) {
        String topic = type.startsWith("associations.") ? Topics.ASSOCIATIONS : Topics.GRANTS;
        return new ConsumerRecord<>(topic, 0, offset++, subject.toString(), event(type, subject,
                DECIDED.plusSeconds(offset), data));
    }

    private String schema() {
        String schema = "batch_test_" + created.size() + "_" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> schemas.create(schema));
        created.add(schema);
        return schema;
    }

    private GenerationHandler handler(String schema) {
        return new GenerationHandler(schema, schemas, projectors, writer, sql, true);
    }

    private BatchApplier applier(String schema) {
        return new BatchApplier(schema, inbox, handler(schema), dataSource);
    }

    private void countTotals(GenerationHandler handler) {
        QuarkusTransaction.requiringNew().run(() -> sql.work(handler::countTotals));
        handler.keepTotals();
    }

    private long difference(String a, String b, String table) {
        return QuarkusTransaction.requiringNew().call(() -> sql.query("select count(*) from (select * from " + a + "."
                + table + " except select * from " + b + "." + table + ") x", rs -> rs.getLong(1)).get(0));
    }

    private long count(String schema, String table) {
        return QuarkusTransaction.requiringNew().call(() -> sql.query("select count(*) from " + schema + "." + table,
                rs -> rs.getLong(1)).get(0));
    }

    /** applications, awards, committed, disbursed of one group (all zero once nothing counts there). */
    private List<Object> figures(String schema, String dimension, String key) {
        return QuarkusTransaction.requiringNew().call(() -> sql.query("select coalesce(sum(applications), 0), "
                + "coalesce(sum(awards), 0), coalesce(sum(committed), 0), coalesce(sum(disbursed), 0) from " + schema
                + ".portfolio_total where dimension = ? and group_key is not distinct from ?",
                rs -> List.<Object>of(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3).setScale(2),
                        rs.getBigDecimal(4).setScale(2)), dimension, key).get(0));
    }

    private List<String> totals(String schema) {
        return QuarkusTransaction.requiringNew().call(() -> sql.query("select concat_ws('|', dimension, programme_id, "
                + "group_key, currency, applications, awards, committed, disbursed) from " + schema
                + ".portfolio_total where applications <> 0 order by 1", rs -> rs.getString(1)));
    }

    /** The totals counted afresh from the schema's rows. */
    private List<String> recount(String schema) {
        QuarkusTransaction.requiringNew().run(() -> {
            schemas.use(schema);
            sql.work(writer::recount);
        });
        return totals(schema);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
