package org.grantsplatform.associations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.Topics;
import org.grantsplatform.runtime.testing.EventsProbe;
import org.grantsplatform.runtime.testing.KafkaTestBroker;
import org.grantsplatform.runtime.testing.TestTokens;

/** The callers, fixtures and event checks the resource tests share; everything goes through HTTP. */
public final class TestApi {

    public static final String OWNER = "assoc1";
    public static final String STRANGER = "assoc2";
    public static final String UNKNOWN_ID = "5f0c9b43-0000-4000-8000-000000000000";

    private TestApi() {
    }

    /** The applicant who registers the associations of the tests. */
    public static RequestSpecification owner() {
        return caller(OWNER, "applicant");
    }

    /** An applicant who owns other associations, not the tests'. */
    public static RequestSpecification stranger() {
        return caller(STRANGER, "applicant");
    }

    public static RequestSpecification donor() {
        return caller("donor1", "donor");
    }

    public static RequestSpecification programManager() {
        return caller("pm1", "program-manager");
    }

    public static RequestSpecification admin() {
        return caller("admin1", "admin");
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static RequestSpecification caller(String user, String role) {
        return given().header("Authorization", TestTokens.bearer(user, role)).contentType(ContentType.JSON);
    }

    public static String profile(String name) {
        return """
                {"name":"%s","acronym":"NET","country":"KE","region":"AFRICA","legalForm":"Association",
                 "foundedYear":2001,"website":"https://net.example.org","contactEmail":"info@net.example.org"}"""
                .formatted(name);
    }

    /** A new association owned by {@link #OWNER}, with a name no other test uses. */
    public static String registerAssociation() {
        return owner().body(profile("Network " + UUID.randomUUID()))
                .when().post("/api/associations")
                .then().statusCode(201).extract().path("id");
    }

    public static String member(String name, Integer joinedYear) {
        return """
                {"name":"%s","country":"KE","legalForm":"NGO","joinedYear":%s}""".formatted(name, joinedYear);
    }

    public static String addMember(String associationId, String name, Integer joinedYear) {
        return owner().body(member(name, joinedYear))
                .when().post("/api/associations/{id}/members", associationId)
                .then().statusCode(201).extract().path("id");
    }

    /** Creates a member's first SP report for a year with only the number of active borrowers. */
    public static void report(String associationId, String memberId, int year) {
        owner().body("{\"activeBorrowers\":1000}")
                .when().put("/api/associations/{id}/members/{memberId}/sp-reports/{year}", associationId, memberId, year)
                .then().statusCode(201);
    }

    /**
     * Waits until the association's events on the topic are exactly these types, in order (the topic
     * is shared by every test, so only the association's own events count), and returns them.
     */
    public static List<CloudEvent> awaitEvents(String associationId, String... types) {
        AtomicReference<List<CloudEvent>> events = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            events.set(EventsProbe.events(KafkaTestBroker.bootstrapServers(), Topics.ASSOCIATIONS,
                    e -> associationId.equals(e.subject())));
            assertThat(events.get()).extracting(CloudEvent::type).containsExactly(types);
        });
        return events.get();
    }

    public static CloudEvent last(List<CloudEvent> events) {
        return events.get(events.size() - 1);
    }
}
