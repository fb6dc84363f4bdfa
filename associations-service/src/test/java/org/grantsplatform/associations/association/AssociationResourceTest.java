package org.grantsplatform.associations.association;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.runtime.testing.EventsProbe;
import org.grantsplatform.runtime.testing.KafkaTestBroker;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;

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
    void shouldRefuseAPageOverTheLimit() {
        given().header("Authorization", TestTokens.bearer("donor1", "donor"))
                .when().get("/api/associations?size=101")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void shouldRefuseABodyOverTheLimitWith413Problem() {
        given().header("Authorization", TestTokens.bearer("assoc1", "applicant"))
                .contentType(ContentType.JSON).body("{\"name\":\"" + "x".repeat(300 * 1024) + "\"}")
                .when().post("/api/associations")
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"));
    }
}
