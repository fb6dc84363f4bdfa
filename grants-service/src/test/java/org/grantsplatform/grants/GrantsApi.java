package org.grantsplatform.grants;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.Topics;
import org.grantsplatform.runtime.testing.EventsProbe;
import org.grantsplatform.runtime.testing.KafkaTestBroker;
import org.grantsplatform.runtime.testing.TestTokens;

/**
 * The funding cycle driven through the API by the demo users, in small steps tests combine. Every
 * step asserts its own success, so a test reads as the story it checks.
 */
public final class GrantsApi {

    public static final Duration WAIT = Duration.ofSeconds(20);
    public static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static final Map<String, String[]> ROLES = Map.ofEntries(
            Map.entry("donor1", new String[] { "donor" }),
            Map.entry("donor2", new String[] { "donor" }),
            Map.entry("pm1", new String[] { "program-manager" }),
            Map.entry("pmdonor", new String[] { "program-manager", "donor" }),
            Map.entry("reviewer1", new String[] { "reviewer" }),
            Map.entry("reviewer2", new String[] { "reviewer" }),
            Map.entry("reviewer3", new String[] { "reviewer", "applicant" }),
            Map.entry("assoc1", new String[] { "applicant" }),
            Map.entry("assoc2", new String[] { "applicant" }),
            Map.entry("admin1", new String[] { "admin" }),
            Map.entry("nobody", new String[] {}));

    private static String standardAssociation;

    private GrantsApi() {
    }

    /** A request by one of the demo users, with their realm roles. */
    public static RequestSpecification as(String user) {
        return given().header("Authorization", TestTokens.bearer(user, ROLES.get(user))).contentType(ContentType.JSON);
    }

    public static String subject(String user) {
        return TestTokens.subjectOf(user);
    }

    // ---- programmes

    /** A valid programme: USD 100 000, grants up to 50 000, open since yesterday, for verified African and Asian associations. */
    public static Map<String, Object> programme() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "SP Champions Fund " + UUID.randomUUID().toString().substring(0, 8));
        p.put("description", "Capacity for social performance");
        p.put("donorName", "Example Foundation");
        p.put("currency", "USD");
        p.put("budget", 100000);
        p.put("maxGrant", 50000);
        p.put("windows", List.of("CAPACITY_BUILDING", "MEMBER_TRAINING"));
        p.put("opensOn", TODAY.minusDays(1).toString());
        p.put("closesOn", TODAY.plusDays(30).toString());
        p.put("eligibility", new LinkedHashMap<>(Map.of("regions", List.of("AFRICA", "ASIA"), "requireVerified", true,
                "minTransparencyRate", 0.5, "minMemberCount", 3)));
        p.put("rubric", List.of(
                Map.of("criterion", "relevance", "weight", 0.6, "maxScore", 10),
                Map.of("criterion", "feasibility", "weight", 0.4, "maxScore", 5)));
        return p;
    }

    public static Map<String, Object> programme(String key, Object value) {
        Map<String, Object> p = programme();
        p.put(key, value);
        return p;
    }

    public static String draftProgramme(String donor, Map<String, Object> body) {
        return as(donor).body(body).post("/api/programmes").then().statusCode(201).extract().path("id");
    }

    public static String openProgramme(Map<String, Object> body) {
        String id = draftProgramme("donor1", body);
        as("donor1").post("/api/programmes/" + id + "/publish").then().statusCode(200);
        return id;
    }

    public static String openProgramme() {
        return openProgramme(programme());
    }

    // ---- associations, known only from associations events

    /** An association owned by assoc1 that every default programme accepts: verified, African, 10 members, 80 % reporting. */
    public static synchronized String association() {
        if (standardAssociation == null) {
            standardAssociation = association(true, "AFRICA", 10, "0.8", "assoc1");
        }
        return standardAssociation;
    }

    public static String association(boolean verified, String region, int members, String transparencyRate,
            String owner) {
        String id = UUID.randomUUID().toString();
        String json = """
                {"specversion":"1.0","id":"%s","source":"/associations-service",
                 "type":"associations.association.registered.v1","subject":"%s","time":"2026-11-27T10:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"association":{"id":"%s","name":"Network %s","country":"KE","region":"%s","memberCount":%d,
                   "verified":%s,"owners":["%s"],"transparencyYear":2025,"transparencyRate":%s,
                   "version":0,"createdAt":"2026-11-27T09:00:00Z"}}}"""
                .formatted(UUID.randomUUID(), id, id, id.substring(0, 8), region, members, verified, subject(owner),
                        transparencyRate);
        EventsProbe.send(KafkaTestBroker.bootstrapServers(), Topics.ASSOCIATIONS, id, json);
        await().atMost(WAIT).untilAsserted(() -> as("pm1").get("/api/associations/" + id)
                .then().statusCode(200).body("region", equalTo(region)));
        return id;
    }

    // ---- applications

    /** A complete application asking 40 000 in two budget lines for the CAPACITY_BUILDING window. */
    public static Map<String, Object> application(String programmeId, String associationId) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("programmeId", programmeId);
        a.put("associationId", associationId);
        a.put("title", "SP officer and member training");
        a.put("summary", "Hire an SPM officer and train members on the Universal Standards");
        a.put("window", "CAPACITY_BUILDING");
        a.put("strategies", List.of("MEMBER_CAPACITY", "LOCAL_AMBASSADOR"));
        a.put("requestedAmount", 40000);
        a.put("budgetLines", List.of(
                Map.of("category", "staff", "description", "SPM officer, 18 months", "amount", 25000.50),
                Map.of("category", "training", "amount", 14999.50)));
        a.put("outcomes", List.of(Map.of("indicator", "members reporting SP data", "baseline", "40%",
                "target", "80%")));
        a.put("durationMonths", 18);
        return a;
    }

    public static String draft(String programmeId) {
        return draft("assoc1", application(programmeId, association()));
    }

    public static String draft(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/applications").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse submit(String applicationId) {
        return as("assoc1").post("/api/applications/" + applicationId + "/submit").then();
    }

    public static String submitted(String programmeId) {
        String id = draft(programmeId);
        submit(id).statusCode(200);
        return id;
    }

    public static String underReview(String programmeId) {
        String id = submitted(programmeId);
        screen(id, true).statusCode(200);
        return id;
    }

    public static ValidatableResponse screen(String applicationId, boolean eligible) {
        return as("pm1").body(Map.of("eligible", eligible, "note", eligible ? "fits the call" : "out of scope"))
                .post("/api/applications/" + applicationId + "/screening").then();
    }

    public static ValidatableResponse assign(String applicationId, String... reviewers) {
        return as("pm1").body(Map.of("subjects", List.of(reviewers).stream().map(GrantsApi::subject).toList()))
                .post("/api/applications/" + applicationId + "/reviewers").then();
    }

    public static ValidatableResponse unassign(String applicationId, String reviewer) {
        return as("pm1").delete("/api/applications/" + applicationId + "/reviewers/" + subject(reviewer)).then();
    }

    public static ValidatableResponse review(String reviewer, String applicationId, int relevance, int feasibility) {
        return as(reviewer).body(Map.of("conflictOfInterest", false, "comment", "solid plan",
                        "recommendation", "AWARD",
                        "scores", List.of(Map.of("criterion", "relevance", "score", relevance),
                                Map.of("criterion", "feasibility", "score", feasibility))))
                .put("/api/applications/" + applicationId + "/reviews/mine").then();
    }

    public static ValidatableResponse decide(String donor, String applicationId, Object amount) {
        return as(donor).body(Map.of("outcome", "AWARD", "amount", amount, "reason", "strong plan"))
                .post("/api/applications/" + applicationId + "/decision").then();
    }

    // ---- grants

    /** An ACTIVE grant of 40 000 from a fresh programme, without tranches. */
    public static String grant() {
        String applicationId = underReview(openProgramme());
        return decide("donor1", applicationId, 40000).statusCode(200).extract().path("grantId");
    }

    public static String tranche(String grantId, Object amount) {
        return as("pm1").body(Map.of("amount", amount, "dueDate", TODAY.plusMonths(3).toString(),
                        "milestone", "SPM officer hired"))
                .post("/api/grants/" + grantId + "/tranches").then().statusCode(201).extract().path("id");
    }

    /** pm1 changes the tranche to the amount, due in four months, with the milestone of {@link #tranche}. */
    public static ValidatableResponse reschedule(String grantId, String trancheId, Object amount, long version) {
        return as("pm1").body(Map.of("amount", amount, "dueDate", TODAY.plusMonths(4).toString(),
                        "milestone", "SPM officer hired", "version", version))
                .put(trancheUrl(grantId, trancheId)).then();
    }

    public static ValidatableResponse cancel(String grantId, String trancheId) {
        return as("pm1").delete(trancheUrl(grantId, trancheId)).then();
    }

    public static String trancheUrl(String grantId, String trancheId) {
        return "/api/grants/" + grantId + "/tranches/" + trancheId;
    }

    public static ValidatableResponse requestDisbursement(String user, String grantId, String trancheId) {
        return as(user).post(trancheUrl(grantId, trancheId) + "/disbursement-request").then();
    }

    public static ValidatableResponse approve(String user, String grantId, String trancheId) {
        return as(user).post(trancheUrl(grantId, trancheId) + "/approve").then();
    }

    public static ValidatableResponse pay(String grantId, String trancheId, String idempotencyKey) {
        RequestSpecification request = as("pm1").body(Map.of("paidOn", TODAY.toString(), "reference", "TX-" + trancheId));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post(trancheUrl(grantId, trancheId) + "/payment").then();
    }

    /** Requested by pm1, approved by donor1 and paid. */
    public static void disburse(String grantId, String trancheId) {
        requestDisbursement("pm1", grantId, trancheId).statusCode(200);
        approve("donor1", grantId, trancheId).statusCode(200);
        pay(grantId, trancheId, null).statusCode(200);
    }

    public static ValidatableResponse reportMilestone(String user, String grantId, String trancheId) {
        return as(user).body(Map.of("narrative", "officer hired, 12 members trained",
                        "indicators", List.of(Map.of("name", "members trained", "actual", "12"))))
                .post(trancheUrl(grantId, trancheId) + "/milestone-report").then();
    }

    public static ValidatableResponse reviewMilestone(String grantId, String trancheId, boolean accepted) {
        return as("pm1").body(Map.of("accepted", accepted, "note", accepted ? "well done" : "add the attendance lists"))
                .post(trancheUrl(grantId, trancheId) + "/milestone-report/review").then();
    }

    // ---- events and history

    /** The types of the events about each aggregate, in the order the topic holds them; one read of the topic. */
    public static Map<String, List<String>> eventTypes(String... aggregateIds) {
        List<String> ids = List.of(aggregateIds);
        Map<String, List<String>> types = new LinkedHashMap<>();
        ids.forEach(id -> types.put(id, new ArrayList<>()));
        events(e -> ids.contains(e.subject())).forEach(e -> types.get(e.subject()).add(e.type()));
        return types;
    }

    public static List<CloudEvent> events(Predicate<CloudEvent> filter) {
        return new ArrayList<>(EventsProbe.events(KafkaTestBroker.bootstrapServers(), Topics.GRANTS, filter));
    }

    public static List<String> historyEvents(String path) {
        return as("admin1").queryParam("size", 100).get(path + "/history").then().statusCode(200)
                .extract().jsonPath().getList("items.event");
    }
}
