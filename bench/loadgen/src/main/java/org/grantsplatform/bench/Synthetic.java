package org.grantsplatform.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Synthetic CloudEvents with the contract's shapes (event-contracts: ProgrammeEvent,
 * AssociationEvent, ApplicationEvent, ReviewCompleted, ApplicationDecided, GrantEvent), written as
 * text for speed. Ids are name-based UUIDs of the seed, so the same seed gives the same events.
 * Values are ids, numbers, dates and fixed words: nothing needs escaping.
 *
 * <p>Each grant is ten events: submitted, screened, review completed, decided (award, with the
 * grant and the programme's new commitment), two tranches scheduled, the first one's disbursement
 * requested, approved and paid, the second one's milestone reported.
 */
final class Synthetic {

    static final int EVENTS_PER_GRANT = 10;

    final String seed;
    final int programmes;
    final int associations;
    final int grants;
    private final Instant base;
    private final long grantSpacingMs;
    private final long[] programmeAwards;

    Synthetic(String seed, int programmes, int associations, int grants) {
        this.seed = seed;
        this.programmes = programmes;
        this.associations = associations;
        this.grants = grants;
        this.base = Instant.parse("2023-01-01T00:00:00Z");
        this.grantSpacingMs = Duration.ofDays(3 * 365).toMillis() / Math.max(1, grants);
        this.programmeAwards = new long[programmes];
    }

    Instant submitted(int g) {
        return base.plusMillis(g * grantSpacingMs);
    }

    Instant eventTime(int g, int k) {
        return submitted(g).plus(Duration.ofDays(k * 7L));
    }

    Instant awardedAt(int g) {
        return eventTime(g, 3);
    }

    /** How many of the grants belong to programme p (grant g is programme g % programmes's). */
    long awardsOf(int p) {
        return grants / programmes + (p < grants % programmes ? 1 : 0);
    }

    static String currencyOf(int p) {
        return currency(p);
    }

    static String regionOf(int a) {
        return REGIONS[a % 7];
    }

    static String countryOf(int a) {
        return COUNTRIES[a % 7];
    }

    UUID id(String kind, long n) {
        return UUID.nameUUIDFromBytes((seed + ":" + kind + ":" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** One record to publish: topic suffix ("grants" or "associations"), key, value. */
    record Event(String topic, String key, String value) {
    }

    private static String envelope(UUID id, String source, String type, UUID subject, Instant time, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"type\":\"" + type
                + "\",\"subject\":\"" + subject + "\",\"time\":\"" + time + "\",\"datacontenttype\":\"application/json\","
                + "\"data\":" + data + "}";
    }

    // ------------------------------------------------------------------ programmes and associations

    Event programme(int p) {
        UUID id = id("programme", p);
        Instant t = base.minus(Duration.ofDays(30)).plusSeconds(p);
        return new Event("grants", id.toString(), envelope(id("programme-event", p), "/grants-service",
                "grants.programme.published.v1", id, t, "{\"programme\":" + programmeData(p, 0, 1) + "}"));
    }

    private String programmeData(int p, long awards, long version) {
        String budget = "100000000.00";
        String committed = money(awards * 20_000L);
        String remaining = money(100_000_000L - awards * 20_000L);
        return "{\"id\":\"" + id("programme", p) + "\",\"name\":\"Synthetic programme " + p + "\","
                + "\"description\":\"bench/run synthetic data\",\"donorName\":\"Synthetic Donor " + (p % 10) + "\","
                + "\"ownerSubject\":\"synthetic-donor-" + (p % 10) + "\",\"currency\":\"" + currency(p) + "\","
                + "\"budget\":" + budget + ",\"maxGrant\":50000.00,\"windows\":[\"CAPACITY_BUILDING\",\"INNOVATION\"],"
                + "\"opensOn\":\"2023-01-01\",\"closesOn\":\"2026-12-31\",\"eligibility\":{\"regions\":[],"
                + "\"requireVerified\":false,\"minTransparencyRate\":null,\"minMemberCount\":null},"
                + "\"rubric\":[{\"criterion\":\"impact\",\"weight\":1,\"maxScore\":10}],\"status\":\"OPEN\","
                + "\"committed\":" + committed + ",\"remaining\":" + remaining + ",\"version\":" + version + "}";
    }

    private static String currency(int p) {
        return p % 3 == 0 ? "EUR" : "USD";
    }

    private static final String[] REGIONS = { "AFRICA", "ASIA", "EUROPE", "LATIN_AMERICA_CARIBBEAN",
        "MIDDLE_EAST_NORTH_AFRICA", "NORTH_AMERICA", "OCEANIA" };
    private static final String[] COUNTRIES = { "KE", "KH", "RO", "NI", "JO", "US", "FJ" };

    Event association(int a) {
        UUID id = id("association", a);
        Instant t = base.minus(Duration.ofDays(60)).plusSeconds(a);
        String data = "{\"association\":{\"id\":\"" + id + "\",\"name\":\"Synthetic association " + a + "\","
                + "\"acronym\":\"SYN" + a + "\",\"country\":\"" + COUNTRIES[a % 7] + "\",\"region\":\"" + REGIONS[a % 7] + "\","
                + "\"legalForm\":\"Association\",\"foundedYear\":2000,\"website\":null,\"contactEmail\":null,"
                + "\"memberCount\":" + (5 + a % 20) + ",\"verified\":true,\"verificationNote\":null,\"verifiedBy\":null,"
                + "\"verifiedAt\":null,\"owners\":[\"synthetic-owner-" + a + "\"],\"transparencyYear\":null,"
                + "\"transparencyRate\":null,\"version\":1,\"createdAt\":\"" + t + "\"}}";
        return new Event("associations", id.toString(), envelope(id("association-event", a), "/associations-service",
                "associations.association.registered.v1", id, t, data));
    }

    static final String PLACEHOLDER_TIME = "1970-01-01T00:00:00Z";

    /** A submitted event to publish now: its id, its record key (the application) and its text. */
    record Submitted(String eventId, String key, String value) {
    }

    /**
     * A submitted event of a new application of programme 0, its time a placeholder to replace
     * with the moment it is sent.
     */
    Submitted submitted(String run, long n) {
        UUID app = id("lag-application-" + run, n);
        UUID eventId = id("lag-event-" + run, n);
        Instant t = Instant.parse(PLACEHOLDER_TIME);
        String data = application(0, "SUBMITTED", t, null, null, null, 2).replace(id("application", 0).toString(), app.toString());
        return new Submitted(eventId.toString(), app.toString(), envelope(eventId, "/grants-service",
                "grants.application.submitted.v1", app, t, "{\"application\":" + data + ",\"note\":null}"));
    }

    // ------------------------------------------------------------------ one grant's ten events

    /** The k-th (0..9) event of grant g; events of one grant must be published in order. */
    Event grantEvent(int g, int k) {
        int p = g % programmes;
        UUID app = id("application", g);
        UUID grant = id("grant", g);
        Instant submitted = submitted(g);
        Instant t = eventTime(g, k);
        UUID eventId = id("event", (long) g * EVENTS_PER_GRANT + k);
        return switch (k) {
            case 0 -> new Event("grants", app.toString(), envelope(eventId, "/grants-service",
                    "grants.application.submitted.v1", app, t,
                    "{\"application\":" + application(g, "SUBMITTED", submitted, null, null, null, 2) + ",\"note\":null}"));
            case 1 -> new Event("grants", app.toString(), envelope(eventId, "/grants-service",
                    "grants.application.screened.v1", app, t,
                    "{\"application\":" + application(g, "UNDER_REVIEW", submitted, null, null, null, 3)
                            + ",\"note\":\"eligible\"}"));
            case 2 -> new Event("grants", app.toString(), envelope(eventId, "/grants-service",
                    "grants.review.completed.v1", app, t,
                    "{\"application\":" + application(g, "UNDER_REVIEW", submitted, null, "8.00", null, 4)
                            + ",\"review\":{\"id\":\"" + id("review", g) + "\",\"applicationId\":\"" + app + "\","
                            + "\"reviewerSubject\":\"synthetic-reviewer\",\"conflictOfInterest\":false,"
                            + "\"scores\":[{\"criterion\":\"impact\",\"score\":8}],\"weightedScore\":8.00,"
                            + "\"comment\":\"synthetic\",\"recommendation\":\"AWARD\",\"completedAt\":\"" + t + "\"}}"));
            case 3 -> {
                long awards = ++programmeAwards[p];
                yield new Event("grants", app.toString(), envelope(eventId, "/grants-service",
                        "grants.application.decided.v1", app, t,
                        "{\"application\":" + application(g, "AWARDED", submitted, t, "8.00", "20000.00", 5)
                                + ",\"programme\":" + programmeData(p, awards, 1 + awards)
                                + ",\"grant\":" + grant(g, t, 0, 1) + "}"));
            }
            default -> {
                int stage = k - 3; // 1..6
                String type = switch (k) {
                    case 4, 5 -> "grants.tranche.scheduled.v1";
                    case 6 -> "grants.disbursement.requested.v1";
                    case 7 -> "grants.disbursement.approved.v1";
                    case 8 -> "grants.disbursement.paid.v1";
                    default -> "grants.milestone.reported.v1";
                };
                UUID tranche = id(k == 5 || k == 9 ? "tranche2" : "tranche1", g);
                yield new Event("grants", grant.toString(), envelope(eventId, "/grants-service", type, grant, t,
                        "{\"grant\":" + grant(g, awardedAt(g), stage, 1 + stage)
                                + ",\"trancheId\":\"" + tranche + "\"}"));
            }
        };
    }

    private String application(int g, String status, Instant submitted, Instant decided, String score, String awarded,
            long version) {
        return "{\"id\":\"" + id("application", g) + "\",\"programmeId\":\"" + id("programme", g % programmes) + "\","
                + "\"associationId\":\"" + id("association", g % associations) + "\",\"title\":\"Synthetic grant " + g + "\","
                + "\"summary\":\"bench/run synthetic data\",\"window\":\"" + (g % 2 == 0 ? "CAPACITY_BUILDING" : "INNOVATION")
                + "\",\"strategies\":[\"MEMBER_CAPACITY\",\"KNOWLEDGE_BASE\"],\"currency\":\"" + currency(g % programmes)
                + "\",\"requestedAmount\":20000.00,\"budgetLines\":[{\"category\":\"training\",\"description\":\"synthetic\","
                + "\"amount\":20000.00}],\"outcomes\":[{\"indicator\":\"officers trained\",\"baseline\":\"0\",\"target\":\"10\"}],"
                + "\"durationMonths\":12,\"status\":\"" + status + "\",\"submittedAt\":\"" + submitted + "\",\"decidedAt\":"
                + quoted(decided) + ",\"score\":" + score + ",\"awardedAmount\":" + awarded
                + ",\"decisionReason\":" + (awarded == null ? "null" : "\"synthetic award\"") + ",\"version\":" + version + "}";
    }

    /**
     * The grant after {@code stage} changes: 1 first tranche scheduled, 2 second scheduled, 3 first
     * requested, 4 approved, 5 paid, 6 second's milestone reported.
     */
    private String grant(int g, Instant awardedAt, int stage, long version) {
        StringBuilder tranches = new StringBuilder("[");
        LocalDate due = LocalDate.ofInstant(awardedAt, ZoneOffset.UTC);
        if (stage >= 1) {
            String status = stage >= 5 ? "PAID" : stage == 4 ? "APPROVED" : stage == 3 ? "REQUESTED" : "PLANNED";
            tranches.append(tranche(id("tranche1", g), 1, due.plusDays(30), status, "NONE",
                    stage >= 3 ? awardedAt.plus(Duration.ofDays(35)) : null,
                    stage >= 4 ? awardedAt.plus(Duration.ofDays(40)) : null,
                    stage >= 5 ? due.plusDays(45) : null));
        }
        if (stage >= 2) {
            tranches.append(',').append(tranche(id("tranche2", g), 2, due.plusDays(180), "PLANNED",
                    stage >= 6 ? "SUBMITTED" : "NONE", null, null, null));
        }
        tranches.append(']');
        return "{\"id\":\"" + id("grant", g) + "\",\"applicationId\":\"" + id("application", g) + "\","
                + "\"programmeId\":\"" + id("programme", g % programmes) + "\",\"associationId\":\""
                + id("association", g % associations) + "\",\"title\":\"Synthetic grant " + g + "\",\"currency\":\""
                + currency(g % programmes) + "\",\"awarded\":20000.00,\"disbursed\":" + (stage >= 5 ? "10000.00" : "0.00")
                + ",\"status\":\"ACTIVE\",\"awardedAt\":\"" + awardedAt + "\",\"tranches\":" + tranches
                + ",\"version\":" + version + "}";
    }

    private static String tranche(UUID id, int sequence, LocalDate due, String status, String report, Instant requested,
            Instant approved, LocalDate paid) {
        return "{\"id\":\"" + id + "\",\"sequence\":" + sequence + ",\"amount\":10000.00,\"dueDate\":\"" + due + "\","
                + "\"milestone\":\"milestone " + sequence + "\",\"status\":\"" + status + "\",\"milestoneReportStatus\":\""
                + report + "\",\"requestedBy\":" + (requested == null ? "null" : "\"synthetic-pm\"") + ",\"requestedAt\":"
                + quoted(requested) + ",\"approvedBy\":" + (approved == null ? "null" : "\"synthetic-donor\"")
                + ",\"approvedAt\":" + quoted(approved) + ",\"paidOn\":" + quoted(paid) + ",\"paymentReference\":"
                + (paid == null ? "null" : "\"SYN-" + id.toString().substring(0, 8) + "\"") + "}";
    }

    private static String quoted(Object o) {
        return o == null ? "null" : "\"" + o + "\"";
    }

    private static String money(long units) {
        return units + ".00";
    }
}
