package org.grantsplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The measurements through the services' HTTP APIs: write (register an association), submit
 * (create and submit an application), read (one application, a page of them) and the event lag
 * from grants-service to reporting-service. One JVM runs them in turn, so the applications the
 * submit ladder creates are the ones the reads and the lag runs use.
 */
final class HttpBench {

    static final String APPLICANT = "assoc1";
    /**
     * The write load registers its associations as the other applicant, so that the reader's
     * associations (and so the scope of its page of applications) do not grow with every run.
     */
    static final String WRITER = "assoc2";
    static final String DONOR = "donor1";
    static final String WINDOW = "CAPACITY_BUILDING";

    private final Args args;
    private final Api api;
    private final Path out;
    private final String associations;
    private final String grants;
    private final String runId;
    private final List<String> applicationIds = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sequence = new AtomicInteger();
    private String programmeId;
    private String associationId;
    private String applicationBody;

    HttpBench(Args args, Api api) {
        this.args = args;
        this.api = api;
        this.out = Path.of(args.get("out", "bench/results"));
        this.associations = Api.local(args.get("associations-url", "http://127.0.0.1:8081"));
        this.grants = Api.local(args.get("grants-url", "http://127.0.0.1:8082"));
        this.runId = args.get("run-id", Long.toString(System.currentTimeMillis() / 1000));
    }

    void run(List<String> what) {
        setUp();
        Ladder.Outcome submit = null;
        for (String w : what) {
            switch (w) {
                case "write" -> ladder("write", writeOp(), "write-");
                case "submit" -> submit = ladder("submit", submitOp(), "submit-");
                case "read" -> read();
                case "lag" -> lag(submit);
                default -> throw new IllegalArgumentException("unknown measurement " + w);
            }
        }
    }

    // ------------------------------------------------------------------ set-up

    /** A programme of its own (published, open today) and an association of assoc1's that grants-service knows. */
    private void setUp() {
        for (String user : List.of(APPLICANT, WRITER, DONOR)) {
            api.token(user);
        }
        JsonNode association = api.call(api.postJson(associations + "/api/associations", APPLICANT,
                associationBody("bench fixture " + runId)), "register the bench association", 201);
        associationId = association.path("id").asText();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ObjectNode p = Results.object();
        p.put("name", "bench programme " + runId);
        p.put("description", "created by bench/run");
        p.put("donorName", "Bench Donor");
        p.put("currency", "USD");
        p.put("budget", new java.math.BigDecimal("1000000000.00"));
        p.put("maxGrant", new java.math.BigDecimal("50000.00"));
        p.putArray("windows").add(WINDOW);
        p.put("opensOn", today.minusDays(1).toString());
        p.put("closesOn", today.plusDays(30).toString());
        ObjectNode eligibility = p.putObject("eligibility");
        eligibility.putArray("regions");
        eligibility.put("requireVerified", false);
        eligibility.put("minMemberCount", 0);
        ObjectNode criterion = p.putArray("rubric").addObject();
        criterion.put("criterion", "impact");
        criterion.put("weight", new java.math.BigDecimal("1"));
        criterion.put("maxScore", 10);
        programmeId = api.call(api.postJson(grants + "/api/programmes", DONOR, p), "create the bench programme", 201)
                .path("id").asText();
        api.call(api.post(grants + "/api/programmes/" + programmeId + "/publish", DONOR), "publish it", 200);
        // grants-service learns associations from events: wait until it knows ours (bounded).
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            HttpResponse<Buffer> r = Api.await(api.get(grants + "/api/associations/" + associationId, APPLICANT));
            if (r.statusCode() == 200) {
                break;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("grants-service did not learn association " + associationId
                        + " from events within 60 s (last answer HTTP " + r.statusCode() + ")");
            }
            Ladder.pause(200);
        }
        ObjectNode a = Results.object();
        a.put("programmeId", programmeId);
        a.put("associationId", associationId);
        a.put("title", "Bench application");
        a.put("summary", "Training of member MFIs' social performance officers, created by bench/run.");
        a.put("window", WINDOW);
        a.putArray("strategies").add("MEMBER_CAPACITY");
        a.put("requestedAmount", new java.math.BigDecimal("10000.00"));
        ObjectNode line = a.putArray("budgetLines").addObject();
        line.put("category", "training");
        line.put("description", "two workshops");
        line.put("amount", new java.math.BigDecimal("10000.00"));
        ObjectNode outcome = a.putArray("outcomes").addObject();
        outcome.put("indicator", "SP officers trained");
        outcome.put("baseline", "0");
        outcome.put("target", "20");
        a.put("durationMonths", 12);
        applicationBody = Api.write(a);
        System.out.printf("set-up: programme %s, association %s (run %s)%n", programmeId, associationId, runId);
    }

    private String associationBody(String name) {
        return "{\"name\":\"" + name + "\",\"acronym\":\"BENCH\",\"country\":\"KE\",\"region\":\"AFRICA\","
                + "\"legalForm\":\"Association\",\"foundedYear\":2001,\"contactEmail\":\"bench@example.org\"}";
    }

    // ------------------------------------------------------------------ operations

    private static Future<HttpResponse<Buffer>> expect(Future<HttpResponse<Buffer>> call, int status) {
        return call.compose(r -> r.statusCode() == status ? Future.succeededFuture(r)
                : Future.failedFuture(new OpenLoop.StatusException(r.statusCode(), r.bodyAsString())));
    }

    OpenLoop.Operation writeOp() {
        String url = associations + "/api/associations";
        return i -> expect(api.postJson(url, WRITER, associationBody("bench " + runId + " " + sequence.incrementAndGet())), 201);
    }

    OpenLoop.Operation submitOp() {
        String create = grants + "/api/applications";
        return i -> expect(api.postJson(create, APPLICANT, applicationBody), 201).compose(r -> {
            String id = Api.json(r).path("id").asText();
            return expect(api.post(grants + "/api/applications/" + id + "/submit", APPLICANT), 200).map(s -> {
                applicationIds.add(id);
                return s;
            });
        });
    }

    OpenLoop.Operation readOneOp() {
        return i -> {
            String id = applicationIds.get(ThreadLocalRandom.current().nextInt(applicationIds.size()));
            return expect(api.get(grants + "/api/applications/" + id, APPLICANT), 200);
        };
    }

    OpenLoop.Operation readPageOp() {
        String url = grants + "/api/applications?page=0&size=20";
        return i -> expect(api.get(url, APPLICANT), 200);
    }

    // ------------------------------------------------------------------ measurements

    private Ladder.Outcome ladder(String name, OpenLoop.Operation op, String prefix) {
        Ladder.Settings s = Ladder.Settings.from(args, prefix);
        warmUp(name, op, s);
        System.out.println(name + ": rising rates from " + s.startRate() + "/s, objective p99 <= " + s.sloMs() + " ms");
        Ladder.Outcome o = Ladder.climb(name, s, op);
        ObjectNode part = Results.object();
        part.put("max_rps", Results.round(o.maxHeldRps(), 1));
        part.put("slo_p99_ms", s.sloMs());
        part.put("half_rate_rps", Results.round(o.atHalf().rate(), 1));
        ObjectNode half = Results.latency(o.atHalf().histogram());
        part.set("p50_ms", half.get("p50_ms"));
        part.set("p99_ms", half.get("p99_ms"));
        part.set("at_half_rate", Results.step(o.atHalf()));
        part.set("cpu_ms_per_operation_at_half_rate", o.cpuPerOperationAtHalf());
        ArrayNode steps = part.putArray("steps");
        o.steps().forEach(r -> steps.add(Results.step(r)));
        part.set("curve_at_half_rate", Results.curve(o.atHalf().histogram()));
        part.put("pool_connections", api.poolSize);
        part.put("warmup_s", s.warmupS());
        part.put("measure_s", s.measureS());
        Results.hgrm(out, name + "-half", o.atHalf().histogram());
        Results.writePart(out, name, part);
        return o;
    }

    /** A JIT warm-up of the path before the first measured step. */
    private void warmUp(String name, OpenLoop.Operation op, Ladder.Settings s) {
        double seconds = args.number("jit-warmup-s", 8);
        if (seconds <= 0) {
            return;
        }
        double rate = s.startRate() * args.number("jit-warmup-factor", 1.5);
        OpenLoop.run(name + "-jit", rate, seconds, 0.001, s.timeoutMs(), s.maxOutstanding(), op);
        System.out.printf("%s: JIT warm-up %.0f s at %.0f/s done%n", name, seconds, rate);
        Ladder.pause(1_000);
    }

    private void read() {
        if (applicationIds.isEmpty()) {
            // without the submit ladder: a few applications to read
            for (int i = 0; i < 50; i++) {
                Api.await(submitOp().start(i));
            }
        }
        ObjectNode part = Results.object();
        part.put("applications_of_caller_created_this_run", applicationIds.size());
        for (Map.Entry<String, OpenLoop.Operation> e : List.of(Map.entry("one", readOneOp()), Map.entry("page", readPageOp()))) {
            String name = "read-" + e.getKey();
            Ladder.Settings s = Ladder.Settings.from(args, "read-");
            warmUp(name, e.getValue(), s);
            System.out.println(name + ": rising rates from " + s.startRate() + "/s");
            Ladder.Outcome o = Ladder.climb(name, s, e.getValue());
            ObjectNode r = part.putObject(e.getKey());
            r.put("max_rps", Results.round(o.maxHeldRps(), 1));
            r.put("half_rate_rps", Results.round(o.atHalf().rate(), 1));
            ObjectNode half = Results.latency(o.atHalf().histogram());
            r.set("p50_ms", half.get("p50_ms"));
            r.set("p99_ms", half.get("p99_ms"));
            r.set("cpu_ms_per_operation_at_half_rate", o.cpuPerOperationAtHalf());
            ArrayNode steps = r.putArray("steps");
            o.steps().forEach(x -> steps.add(Results.step(x)));
            r.set("curve_at_half_rate", Results.curve(o.atHalf().histogram()));
            Results.hgrm(out, name + "-half", o.atHalf().histogram());
        }
        JsonNode one = part.get("one");
        JsonNode page = part.get("page");
        part.set("one_p50_ms", one.get("p50_ms"));
        part.set("one_p99_ms", one.get("p99_ms"));
        part.set("one_max_rps", one.get("max_rps"));
        part.set("page_p50_ms", page.get("p50_ms"));
        part.set("page_p99_ms", page.get("p99_ms"));
        part.set("page_max_rps", page.get("max_rps"));
        Results.writePart(out, "read", part);
    }

    private void lag(Ladder.Outcome submit) {
        double held = submit != null ? submit.maxHeldRps() : 0;
        if (submit == null) {
            JsonNode earlier = Results.readPart(out, "submit");
            held = earlier == null ? 0 : earlier.path("max_rps").asDouble();
        }
        new EventLag(args, api, out, grants, programmeId).run(submitOp(), held);
    }
}
