package org.grantsplatform.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.reporting.TestEvents.application;
import static org.grantsplatform.reporting.TestEvents.association;
import static org.grantsplatform.reporting.TestEvents.grant;
import static org.grantsplatform.reporting.TestEvents.programme;
import static org.grantsplatform.reporting.TestEvents.tranche;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.associations.AssociationData;
import org.grantsplatform.events.associations.AssociationEvent;
import org.grantsplatform.events.associations.SpReportData;
import org.grantsplatform.events.associations.SpReportSubmitted;
import org.grantsplatform.events.associations.TransparencyData;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.grants.ApplicationDecided;
import org.grantsplatform.events.grants.ApplicationEvent;
import org.grantsplatform.events.grants.GrantData;
import org.grantsplatform.events.grants.GrantEvent;
import org.grantsplatform.events.grants.ProgrammeData;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.events.grants.ReviewCompleted;
import org.grantsplatform.events.grants.ReviewData;
import org.grantsplatform.reporting.Api;
import org.grantsplatform.reporting.TestEvents;
import org.grantsplatform.runtime.testing.KafkaTestBroker;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Feeds over 100,000 events of a whole funding cycle, lets the live read model apply them, then
 * rebuilds and checks that the new generation answers every report exactly as the live one did.
 * Too slow for the unit suite: run it with bench/reporting-rebuild/run.sh.
 */
@QuarkusTest
@Tag("bench")
class RebuildBenchmarkTest {

    private static final int PROGRAMMES = 40;
    private static final int ASSOCIATIONS = 1_000;
    private static final int APPLICATIONS = 12_000;
    private static final List<String> STRATEGIES = List.of("LOCAL_AMBASSADOR", "MEMBER_TRANSPARENCY",
            "STANDARDS_OF_PRACTICE", "MEMBER_CAPACITY", "KNOWLEDGE_BASE");
    private static final List<String> REGIONS = List.of("AFRICA", "ASIA", "EUROPE", "LATIN_AMERICA_CARIBBEAN",
            "MIDDLE_EAST_NORTH_AFRICA", "OCEANIA");
    private static final List<String> REPORTS = List.of("/api/reports/portfolio?groupBy=donor",
            "/api/reports/portfolio?groupBy=programme", "/api/reports/portfolio?groupBy=window",
            "/api/reports/portfolio?groupBy=strategy", "/api/reports/portfolio?groupBy=region",
            "/api/reports/portfolio?groupBy=country", "/api/reports/portfolio?groupBy=year", "/api/reports/pipeline",
            "/api/reports/disbursements?state=overdue&size=100", "/api/reports/disbursements?state=paid&size=100",
            "/api/reports/disbursements?state=upcoming&size=100", "/api/reports/social-performance");

    private final Random random = new Random(42);
    private final Instant start = Instant.parse("2025-01-06T09:00:00Z");

    @Test
    void shouldRebuildOverAHundredThousandEventsToTheSameFigures() throws IOException {
        List<ProducerRecord<String, String>> events = cycle();
        assertThat(events.size()).isGreaterThan(100_000);

        long published = System.nanoTime();
        send(events);
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                Api.as("admin1", "admin").when().get("/api/admin/rebuild").then()
                        .body("active.pendingEvents", equalTo(0))
                        .body("active.eventsApplied", equalTo(events.size())));
        double liveSeconds = (System.nanoTime() - published) / 1e9;
        List<String> live = REPORTS.stream().map(RebuildBenchmarkTest::withoutFreshness).toList();

        long rebuildStarted = System.nanoTime();
        int building = Api.as("admin1", "admin").when().post("/api/admin/rebuild")
                .then().statusCode(202).extract().path("building.generation");
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                Api.as("admin1", "admin").when().get("/api/admin/rebuild").then()
                        .body("active.generation", equalTo(building)).body("building", nullValue()));
        double rebuildSeconds = (System.nanoTime() - rebuildStarted) / 1e9;

        assertThat(REPORTS.stream().map(RebuildBenchmarkTest::withoutFreshness).toList()).isEqualTo(live);
        record(events.size(), liveSeconds, rebuildSeconds);
        // every other application is awarded: the export pages through all of their grants once
        String csv = Api.programManager().when().get("/api/exports/grants.csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv.split("\r\n")).hasSize(APPLICATIONS / 2 + 1).doesNotHaveDuplicates();
    }

    private List<ProducerRecord<String, String>> cycle() {
        List<ProducerRecord<String, String>> out = new ArrayList<>();
        List<ProgrammeData> programmes = new ArrayList<>();
        for (int i = 0; i < PROGRAMMES; i++) {
            UUID id = UUID.randomUUID();
            ProgrammeData p = programme(id, "sub-bench-donor-" + (i % 8), "Donor " + (i % 8),
                    i % 3 == 0 ? "USD" : "EUR", "OPEN", 1);
            programmes.add(p);
            out.add(record(Topics.GRANTS, EventTypes.PROGRAMME_PUBLISHED, id, start, new ProgrammeEvent(p)));
        }
        List<AssociationData> associations = new ArrayList<>();
        for (int i = 0; i < ASSOCIATIONS; i++) {
            UUID id = UUID.randomUUID();
            AssociationData a = association(id, "K" + (char) ('A' + i % 26), REGIONS.get(i % REGIONS.size()), 3, 0,
                    null, null);
            associations.add(a);
            out.add(record(Topics.ASSOCIATIONS, EventTypes.ASSOCIATION_REGISTERED, id, start, new AssociationEvent(a)));
            for (int m = 0; m < 3; m++) {
                AssociationData reported = association(id, a.country(), a.region(), 3, m + 1, 2025,
                        new BigDecimal(m + 1).divide(new BigDecimal(3), 4, RoundingMode.HALF_UP));
                SpReportData report = new SpReportData(UUID.randomUUID(), 2025, 500 + random.nextInt(5000),
                        new BigDecimal(random.nextInt(100)), new BigDecimal(random.nextInt(100)), null, "USD", null,
                        new BigDecimal(50 + random.nextInt(50)), new BigDecimal(random.nextInt(20)),
                        random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), "PPI", List.of(), null);
                out.add(record(Topics.ASSOCIATIONS, EventTypes.SP_REPORT_SUBMITTED, id, start.plusSeconds(m),
                        new SpReportSubmitted(reported, report, new TransparencyData(2025, 3, m + 1,
                                reported.transparencyRate()))));
            }
        }
        for (int i = 0; i < APPLICATIONS; i++) {
            ProgrammeData p = programmes.get(i % PROGRAMMES);
            AssociationData a = associations.get(random.nextInt(ASSOCIATIONS));
            out.addAll(applicationEvents(p, a, i));
        }
        return out;
    }

    private List<ProducerRecord<String, String>> applicationEvents(ProgrammeData p, AssociationData a, int i) {
        List<ProducerRecord<String, String>> out = new ArrayList<>();
        UUID id = UUID.randomUUID();
        Instant submitted = start.plusSeconds(3_600L * i);
        Instant decided = submitted.plusSeconds(86_400L * (5 + random.nextInt(60)));
        List<String> strategies = List.of(STRATEGIES.get(i % 5), STRATEGIES.get((i + 2) % 5));
        String requested = (1000 + random.nextInt(50_000)) + ".50";
        boolean award = i % 2 == 0;
        String window = p.windows().get(i % p.windows().size());
        out.add(record(Topics.GRANTS, EventTypes.APPLICATION_SUBMITTED, id, submitted, new ApplicationEvent(
                application(id, p.id(), a.id(), p.currency(), window, strategies, requested, "SUBMITTED", submitted,
                        null, null, 1), null)));
        ApplicationData screened = application(id, p.id(), a.id(), p.currency(), window, strategies, requested,
                "UNDER_REVIEW", submitted, null, null, 2);
        out.add(record(Topics.GRANTS, EventTypes.APPLICATION_SCREENED, id, submitted.plusSeconds(86_400),
                new ApplicationEvent(screened, "eligible")));
        for (int r = 0; r < 2; r++) {
            out.add(record(Topics.GRANTS, EventTypes.REVIEW_COMPLETED, id, submitted.plusSeconds(172_800L + r),
                    new ReviewCompleted(screened, new ReviewData(UUID.randomUUID(), id, "sub-reviewer" + r, false,
                            List.of(), new BigDecimal("3.50"), "fine", "AWARD", submitted.plusSeconds(172_800L + r)))));
        }
        ApplicationData outcome = application(id, p.id(), a.id(), p.currency(), window, strategies, requested,
                award ? "AWARDED" : "REJECTED", submitted, decided, award ? requested : null, 5);
        UUID grantId = UUID.randomUUID();
        GrantData awarded = award ? grant(grantId, outcome, decided, "0.00", "ACTIVE", List.of(), 0) : null;
        out.add(record(Topics.GRANTS, EventTypes.APPLICATION_DECIDED, id, decided,
                new ApplicationDecided(outcome, null, awarded)));
        if (award) {
            out.addAll(tranches(outcome, grantId, decided));
        }
        return out;
    }

    private List<ProducerRecord<String, String>> tranches(ApplicationData outcome, UUID grantId, Instant decided) {
        List<ProducerRecord<String, String>> out = new ArrayList<>();
        BigDecimal first = outcome.awardedAmount().divide(new BigDecimal(2), 2, RoundingMode.DOWN);
        BigDecimal second = outcome.awardedAmount().subtract(first);
        LocalDate due = LocalDate.ofInstant(decided, ZoneOffset.UTC).plusDays(30);
        UUID t1 = UUID.randomUUID();
        UUID t2 = UUID.randomUUID();
        List<String[]> steps = List.of(new String[] { EventTypes.TRANCHE_SCHEDULED, "PLANNED", "0.00" },
                new String[] { EventTypes.TRANCHE_SCHEDULED, "PLANNED", "0.00" },
                new String[] { EventTypes.DISBURSEMENT_REQUESTED, "REQUESTED", "0.00" },
                new String[] { EventTypes.DISBURSEMENT_APPROVED, "APPROVED", "0.00" },
                new String[] { EventTypes.DISBURSEMENT_PAID, "PAID", first.toPlainString() },
                new String[] { EventTypes.MILESTONE_REPORTED, "PAID", first.toPlainString() });
        for (int s = 0; s < steps.size(); s++) {
            String[] step = steps.get(s);
            List<GrantData.TrancheData> tranches = new ArrayList<>();
            tranches.add(tranche(t1, 1, first.toPlainString(), due, s == 0 ? "PLANNED" : step[1],
                    "PAID".equals(step[1]) ? due.plusDays(2) : null));
            if (s > 0) {
                tranches.add(tranche(t2, 2, second.toPlainString(), due.plusMonths(6), "PLANNED", null));
            }
            GrantData g = grant(grantId, outcome, decided, step[2], "ACTIVE", tranches, s + 1);
            out.add(record(Topics.GRANTS, step[0], grantId, decided.plusSeconds(86_400L * (s + 1)),
                    new GrantEvent(g, s == 1 || s == 5 ? t2 : t1)));
        }
        return out;
    }

    private static ProducerRecord<String, String> record(String topic, String type, UUID key, Instant time,
            Object data) {
        return new ProducerRecord<>(topic, key.toString(), TestEvents.event(type, key, time, data));
    }

    private static void send(List<ProducerRecord<String, String>> events) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            events.forEach(producer::send);
            producer.flush();
        }
    }

    private static String withoutFreshness(String path) {
        return Api.programManager().when().get(path).then().statusCode(200).extract().jsonPath()
                .getMap("").entrySet().stream().filter(e -> !e.getKey().equals("freshness")).toList().toString();
    }

    private static void record(int events, double liveSeconds, double rebuildSeconds) throws IOException {
        String line = String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.1f | %.0f | %d |%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), events, liveSeconds, events / liveSeconds, rebuildSeconds, events / rebuildSeconds,
                Runtime.getRuntime().availableProcessors());
        System.out.print("rebuild benchmark: " + line);
        String results = System.getProperty("bench.results");
        if (results != null) {
            Files.writeString(Path.of(results), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }
}
