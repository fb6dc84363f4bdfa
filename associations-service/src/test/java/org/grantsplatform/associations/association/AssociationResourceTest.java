package org.grantsplatform.associations.association;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.associations.TestApi.UNKNOWN_ID;
import static org.grantsplatform.associations.TestApi.admin;
import static org.grantsplatform.associations.TestApi.anonymous;
import static org.grantsplatform.associations.TestApi.awaitEvents;
import static org.grantsplatform.associations.TestApi.donor;
import static org.grantsplatform.associations.TestApi.last;
import static org.grantsplatform.associations.TestApi.owner;
import static org.grantsplatform.associations.TestApi.profile;
import static org.grantsplatform.associations.TestApi.programManager;
import static org.grantsplatform.associations.TestApi.registerAssociation;
import static org.grantsplatform.associations.TestApi.stranger;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.runtime.testing.EventsProbe;
import org.grantsplatform.runtime.testing.KafkaTestBroker;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class AssociationResourceTest {

    static final String BODY = """
            {"name":"Kenya Microfinance Network","acronym":"KMN","country":"KE","region":"AFRICA",
             "legalForm":"Association","foundedYear":1999,"website":"https://kmn.example.org",
             "contactEmail":"info@kmn.example.org","unknownField":"ignored"}""";

    @Test
    void shouldRegisterAnAssociationOwnedByTheCallerAndEmitOneEvent() {
        String id = given().header("Authorization", TestTokens.bearer("assoc1", "applicant"))
                .contentType(ContentType.JSON).body(BODY)
                .when().post("/api/associations")
                .then().statusCode(201)
                .header("Location", containsString("/api/associations/"))
                .body("name", equalTo("Kenya Microfinance Network"))
                .body("owners", hasItem(TestTokens.subjectOf("assoc1")))
                .body("memberCount", equalTo(0))
                .body("verified", equalTo(false))
                .extract().path("id");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<CloudEvent> events = EventsProbe.events(KafkaTestBroker.bootstrapServers(), Topics.ASSOCIATIONS,
                    e -> id.equals(e.subject()));
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(EventTypes.ASSOCIATION_REGISTERED);
                assertThat(e.source()).isEqualTo("/associations-service");
                assertThat(e.data().at("/association/name").asText()).isEqualTo("Kenya Microfinance Network");
                assertThat(e.data().at("/association/region").asText()).isEqualTo("AFRICA");
            });
        });

        given().header("Authorization", TestTokens.bearer("donor1", "donor"))
                .when().get("/api/associations/" + id)
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldAnswerWithoutATokenWith401Problem() {
        given().when().get("/api/associations")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void shouldForbidADonorToRegister() {
        given().header("Authorization", TestTokens.bearer("donor1", "donor"))
                .contentType(ContentType.JSON).body(BODY)
                .when().post("/api/associations")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldNameEveryInvalidField() {
        given().header("Authorization", TestTokens.bearer("assoc1", "applicant"))
                .contentType(ContentType.JSON)
                .body("{\"name\":\"K\",\"country\":\"XX\",\"region\":\"AFRICA\",\"contactEmail\":\"nope\"}")
                .when().post("/api/associations")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", equalTo(List.of("contactEmail", "country", "name")));
    }

    @Test
    void shouldRefuseAnUnknownRegionNamingTheField() {
        given().header("Authorization", TestTokens.bearer("assoc1", "applicant"))
                .contentType(ContentType.JSON)
                .body(BODY.replace("\"AFRICA\"", "\"ATLANTIS\""))
                .when().post("/api/associations")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("region"))
                .body("violations[0].message", containsString("AFRICA"));
    }

    @Test
    void shouldRefuseMalformedJson() {
        given().header("Authorization", TestTokens.bearer("assoc1", "applicant"))
                .contentType(ContentType.JSON).body("{\"name\": \"Kenya")
                .when().post("/api/associations")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void shouldAnswer404ForAnUnknownOrMalformedId() {
        given().header("Authorization", TestTokens.bearer("donor1", "donor"))
                .when().get("/api/associations/5f0c9b43-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().header("Authorization", TestTokens.bearer("donor1", "donor"))
                .when().get("/api/associations/not-a-uuid")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldListOnlyTheCallersOwnAssociationsWhenAskedForMine() {
        String name = "Own Network " + UUID.randomUUID();
        String id = owner().body(profile(name)).when().post("/api/associations")
                .then().statusCode(201).extract().path("id");

        owner().queryParam("mine", true).queryParam("q", name).when().get("/api/associations")
                .then().statusCode(200).body("total", equalTo(1)).body("items.id", equalTo(List.of(id)));
        stranger().queryParam("mine", true).queryParam("q", name).when().get("/api/associations")
                .then().statusCode(200).body("total", equalTo(0)).body("items", empty());
        admin().queryParam("mine", true).queryParam("q", name).when().get("/api/associations")
                .then().statusCode(200).body("total", equalTo(0));
        stranger().queryParam("q", name).when().get("/api/associations")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        stranger().queryParam("mine", true).queryParam("size", 100).when().get("/api/associations")
                .then().statusCode(200)
                .body("items.findAll { !it.owners.contains('" + TestTokens.subjectOf("assoc2") + "') }", empty());
    }

    @Test
    void shouldRefuseAPageOverTheLimit() {
        given().header("Authorization", TestTokens.bearer("donor1", "donor"))
                .when().get("/api/associations?size=101")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void shouldRefuseAFilterThatIsNeitherTrueNorFalse() {
        given().header("Authorization", TestTokens.bearer("pm1", "program-manager"))
                .when().get("/api/associations?verified=maybe")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("verified"));
        given().header("Authorization", TestTokens.bearer("pm1", "program-manager"))
                .when().get("/api/associations?verified=FALSE")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseAPageWhoseOffsetWouldOverflow() {
        // 21474837 × 100 passes Integer.MAX_VALUE: a 400 naming the page, not a 500 from the query
        given().header("Authorization", TestTokens.bearer("donor1", "donor"))
                .when().get("/api/associations?page=21474837&size=100")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void shouldRefuseABodyOverTheLimitWith413Problem() {
        given().header("Authorization", TestTokens.bearer("assoc1", "applicant"))
                .contentType(ContentType.JSON).body("{\"name\":\"" + "x".repeat(300 * 1024) + "\"}")
                .when().post("/api/associations")
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldUpdateTheProfileWithItsVersionAndEmitOneUpdatedEvent() {
        String id = registerAssociation();

        owner().body(versioned(profile("Renamed Network").replace("\"KE\"", "\"UG\""), 0))
                .when().put("/api/associations/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo("Renamed Network"))
                .body("country", equalTo("UG"))
                .body("version", equalTo(1))
                .body("owners", equalTo(List.of(TestTokens.subjectOf("assoc1"))))
                .body("verified", equalTo(false));

        CloudEvent updated = last(awaitEvents(id, EventTypes.ASSOCIATION_REGISTERED, EventTypes.ASSOCIATION_UPDATED));
        assertThat(updated.data().at("/association/name").asText()).isEqualTo("Renamed Network");
        assertThat(updated.data().at("/association/country").asText()).isEqualTo("UG");
        assertThat(updated.data().at("/association/version").asLong()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAStaleVersionWith409() {
        String id = registerAssociation();
        owner().body(versioned(profile("First Edit"), 0)).when().put("/api/associations/{id}", id)
                .then().statusCode(200);

        owner().body(versioned(profile("Second Edit"), 0))
                .when().put("/api/associations/{id}", id)
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(409))
                .body("detail", containsString("version 1"));
        owner().when().get("/api/associations/{id}", id).then().body("name", equalTo("First Edit"));
    }

    @Test
    void shouldNameEveryInvalidFieldAndTheMissingVersionOfAnUpdate() {
        String id = registerAssociation();

        owner().body("{\"name\":\"K\",\"country\":\"KE\",\"region\":\"AFRICA\",\"website\":\"ftp://x\"}")
                .when().put("/api/associations/{id}", id)
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("name", "version", "website")));
    }

    @Test
    void shouldLetOnlyOwnersAndAdminsUpdate() {
        String id = registerAssociation();

        stranger().body(versioned(profile("Hijacked"), 0)).when().put("/api/associations/{id}", id)
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        donor().body(versioned(profile("Hijacked"), 0)).when().put("/api/associations/{id}", id)
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        admin().body(versioned(profile("Corrected By Admin"), 0)).when().put("/api/associations/{id}", id)
                .then().statusCode(200).body("name", equalTo("Corrected By Admin"));
    }

    @Test
    void shouldAnswer404ForChangesOfAnUnknownAssociation() {
        owner().body(versioned(profile("Nobody"), 0)).when().put("/api/associations/{id}", UNKNOWN_ID)
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        owner().body("{\"subject\":\"sub-x\"}").when().post("/api/associations/{id}/owners", UNKNOWN_ID)
                .then().statusCode(404);
        programManager().body("{\"verified\":true,\"note\":\"ok\"}")
                .when().post("/api/associations/{id}/verification", UNKNOWN_ID)
                .then().statusCode(404);
    }

    @Test
    void shouldLetAnOwnerAddAnOwnerWhoMayThenChangeTheAssociation() {
        String id = registerAssociation();

        owner().body("{\"subject\":\"" + TestTokens.subjectOf("assoc2") + "\"}")
                .when().post("/api/associations/{id}/owners", id)
                .then().statusCode(200)
                .body("owners", containsInAnyOrder(TestTokens.subjectOf("assoc1"), TestTokens.subjectOf("assoc2")))
                .body("version", equalTo(1));
        stranger().body(versioned(profile("Co-owned Network"), 1)).when().put("/api/associations/{id}", id)
                .then().statusCode(200);

        List<CloudEvent> events = awaitEvents(id, EventTypes.ASSOCIATION_REGISTERED, EventTypes.ASSOCIATION_UPDATED,
                EventTypes.ASSOCIATION_UPDATED);
        assertThat(events.get(1).data().at("/association/owners")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("sub-assoc1", "sub-assoc2");
    }

    @Test
    void shouldRefuseAnOwnerTwiceOrWithoutSubject() {
        String id = registerAssociation();

        owner().body("{\"subject\":\"" + TestTokens.subjectOf("assoc1") + "\"}")
                .when().post("/api/associations/{id}/owners", id)
                .then().statusCode(409).contentType(startsWith("application/problem+json"));
        owner().body("{\"subject\":\" \"}").when().post("/api/associations/{id}/owners", id)
                .then().statusCode(400).body("violations.field", equalTo(List.of("subject")));
    }

    @Test
    void shouldForbidOthersToAddThemselvesAsOwners() {
        String id = registerAssociation();

        stranger().body("{\"subject\":\"" + TestTokens.subjectOf("assoc2") + "\"}")
                .when().post("/api/associations/{id}/owners", id)
                .then().statusCode(403);
        donor().body("{\"subject\":\"" + TestTokens.subjectOf("donor1") + "\"}")
                .when().post("/api/associations/{id}/owners", id)
                .then().statusCode(403);
    }

    @Test
    void shouldVerifyAndRevokeRecordingNoteWhoAndWhen() {
        String id = registerAssociation();

        programManager().body("{\"verified\":true,\"note\":\"Statutes and member list checked\"}")
                .when().post("/api/associations/{id}/verification", id)
                .then().statusCode(200)
                .body("verified", equalTo(true))
                .body("verificationNote", equalTo("Statutes and member list checked"))
                .body("verifiedBy", equalTo(TestTokens.subjectOf("pm1")))
                .body("verifiedAt", notNullValue());
        donor().when().get("/api/associations?verified=true&q={name}", "Network")
                .then().statusCode(200).body("items.id", hasItem(id));

        admin().body("{\"verified\":false,\"note\":\"Member list out of date\"}")
                .when().post("/api/associations/{id}/verification", id)
                .then().statusCode(200)
                .body("verified", equalTo(false))
                .body("verificationNote", equalTo("Member list out of date"))
                .body("verifiedBy", equalTo(TestTokens.subjectOf("admin1")));

        List<CloudEvent> events = awaitEvents(id, EventTypes.ASSOCIATION_REGISTERED, EventTypes.ASSOCIATION_VERIFIED,
                EventTypes.ASSOCIATION_VERIFIED);
        assertThat(events.get(1).data().at("/association/verified").asBoolean()).isTrue();
        assertThat(events.get(1).data().at("/association/verifiedBy").asText()).isEqualTo("sub-pm1");
        assertThat(events.get(2).data().at("/association/verified").asBoolean()).isFalse();
        assertThat(events.get(2).data().at("/association/verificationNote").asText())
                .isEqualTo("Member list out of date");
    }

    @Test
    void shouldRefuseToVerifyTwiceOrToRevokeWhatIsNotVerified() {
        String id = registerAssociation();

        programManager().body("{\"verified\":false,\"note\":\"nothing\"}")
                .when().post("/api/associations/{id}/verification", id)
                .then().statusCode(409).contentType(startsWith("application/problem+json"));
        programManager().body("{\"verified\":true,\"note\":\"ok\"}")
                .when().post("/api/associations/{id}/verification", id).then().statusCode(200);
        programManager().body("{\"verified\":true,\"note\":\"again\"}")
                .when().post("/api/associations/{id}/verification", id)
                .then().statusCode(409);
    }

    @Test
    void shouldRequireADecisionAndANoteToVerify() {
        String id = registerAssociation();

        programManager().body("{\"note\":\"\"}").when().post("/api/associations/{id}/verification", id)
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("note", "verified")));
    }

    @Test
    void shouldLetOnlyProgramManagersAndAdminsVerify() {
        String id = registerAssociation();

        owner().body("{\"verified\":true,\"note\":\"we are fine\"}")
                .when().post("/api/associations/{id}/verification", id)
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        donor().body("{\"verified\":true,\"note\":\"looks fine\"}")
                .when().post("/api/associations/{id}/verification", id)
                .then().statusCode(403);
        owner().when().get("/api/associations/{id}", id)
                .then().body("verified", equalTo(false)).body("verifiedBy", nullValue());
    }

    @ParameterizedTest
    @CsvSource({ "PUT,/api/associations/" + UNKNOWN_ID, "POST,/api/associations/" + UNKNOWN_ID + "/owners",
            "POST,/api/associations/" + UNKNOWN_ID + "/verification" })
    void shouldAnswerChangesWithoutATokenWith401(String method, String path) {
        anonymous().body("{}").when().request(method, path)
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    private static String versioned(String profile, long version) {
        return profile.substring(0, profile.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }
}
