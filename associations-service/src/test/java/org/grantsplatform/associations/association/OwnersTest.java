package org.grantsplatform.associations.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantsplatform.associations.TestApi.admin;
import static org.grantsplatform.associations.TestApi.awaitEvents;
import static org.grantsplatform.associations.TestApi.donor;
import static org.grantsplatform.associations.TestApi.owner;
import static org.grantsplatform.associations.TestApi.registerAssociation;
import static org.grantsplatform.associations.TestApi.stranger;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import java.util.Arrays;
import java.util.List;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.runtime.testing.KeycloakTestServer;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Owners named by user name or e-mail, and listed with their names, through the user directory, which the test
 * OIDC server answers as Keycloak would ({@link KeycloakTestServer}): assoc1 Ana Castillo, assoc2 Amara Njoroge,
 * reviewer1 Rita Lindqvist, retired1 a disabled user.
 */
@QuarkusTest
class OwnersTest {

    @OidcWireMock
    WireMockServer keycloak;

    @Test
    void shouldAddAnOwnerByUserNameOrEmail() {
        String id = registerAssociation();

        owner().body("{\"user\":\"assoc2\"}").when().post("/api/associations/{id}/owners", id)
                .then().statusCode(200)
                .body("owners", containsInAnyOrder(TestTokens.subjectOf("assoc1"), TestTokens.subjectOf("assoc2")));
        stranger().body("{\"user\":\" Reviewer1@Grants.Example.org \"}").when().post("/api/associations/{id}/owners", id)
                .then().statusCode(200)
                .body("owners", containsInAnyOrder(TestTokens.subjectOf("assoc1"), TestTokens.subjectOf("assoc2"),
                        TestTokens.subjectOf("reviewer1")));
        owner().body("{\"user\":\"assoc2\"}").when().post("/api/associations/{id}/owners", id)
                .then().statusCode(409);

        List<CloudEvent> events = awaitEvents(id, EventTypes.ASSOCIATION_REGISTERED, EventTypes.ASSOCIATION_UPDATED,
                EventTypes.ASSOCIATION_UPDATED);
        assertThat(events.get(2).data().at("/association/owners")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("sub-assoc1", "sub-assoc2", "sub-reviewer1");
    }

    @Test
    void shouldRefuseAUserTheDirectoryDoesNotKnowOrHasDisabled() {
        String id = registerAssociation();

        owner().body("{\"user\":\"nobody-by-this-name\"}").when().post("/api/associations/{id}/owners", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("user"))
                .body("violations[0].rule", equalTo("user-known"))
                .body("violations[0].actual", equalTo("nobody-by-this-name"));
        owner().body("{\"user\":\"retired1\"}").when().post("/api/associations/{id}/owners", id)
                .then().statusCode(422).body("violations[0].rule", equalTo("user-enabled"));
        owner().body("{\"user\":\"assoc2\",\"subject\":\"sub-assoc2\"}").when().post("/api/associations/{id}/owners", id)
                .then().statusCode(400).body("violations[0].field", equalTo("user"));
        owner().body("{\"user\":\" \"}").when().post("/api/associations/{id}/owners", id)
                .then().statusCode(400).body("violations[0].field", equalTo("user"));
        owner().body("{}").when().post("/api/associations/{id}/owners", id)
                .then().statusCode(400).body("violations[0].field", equalTo("subject"));
        // a stranger cannot probe the directory's user names
        stranger().body("{\"user\":\"nobody-by-this-name\"}").when().post("/api/associations/{id}/owners", id)
                .then().statusCode(403);
        donor().body("{\"user\":\"assoc2\"}").when().post("/api/associations/{id}/owners", id).then().statusCode(403);
        owner().get("/api/associations/{id}", id).then().body("owners", equalTo(List.of("sub-assoc1")));
    }

    @Test
    void shouldListTheOwnersWithTheirNames() {
        String id = registerAssociation();
        owner().body("{\"user\":\"reviewer1\"}").when().post("/api/associations/{id}/owners", id).then().statusCode(200);
        admin().body("{\"subject\":\"sub-unknown-to-the-directory\"}").when().post("/api/associations/{id}/owners", id)
                .then().statusCode(200);

        donor().get("/api/associations/{id}/owners", id).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.subject", equalTo(List.of("sub-assoc1", "sub-reviewer1", "sub-unknown-to-the-directory")))
                .body("items.username", equalTo(Arrays.asList("assoc1", "reviewer1", null)))
                .body("items.name", equalTo(Arrays.asList("Ana Castillo", "Rita Lindqvist", null)));
        donor().queryParam("page", 1).queryParam("size", 2).get("/api/associations/{id}/owners", id).then()
                .statusCode(200).body("total", equalTo(3)).body("items.subject",
                        equalTo(List.of("sub-unknown-to-the-directory")));
        donor().get("/api/associations/{id}/owners", "5f0c9b43-0000-4000-8000-000000000000").then().statusCode(404);
    }

    @Test
    void shouldAnswer503ForANamedUserAndListOwnersWithoutNamesWhileTheDirectoryDoesNotAnswer() {
        String id = registerAssociation();
        admin().body("{\"subject\":\"sub-asked-during-the-outage\"}").when().post("/api/associations/{id}/owners", id)
                .then().statusCode(200);
        StubMapping outage = KeycloakTestServer.outage(keycloak);
        try {
            owner().body("{\"user\":\"asked-during-the-outage\"}").when().post("/api/associations/{id}/owners", id)
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
            owner().get("/api/associations/{id}/owners", id).then().statusCode(200)
                    .body("items.find { it.subject == 'sub-asked-during-the-outage' }.name", nullValue());
            owner().body("{\"subject\":\"sub-added-by-subject\"}").when().post("/api/associations/{id}/owners", id)
                    .then().statusCode(200);
        } finally {
            keycloak.removeStub(outage);
        }
    }
}
