package org.grantsplatform.associations.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantsplatform.associations.TestApi.UNKNOWN_ID;
import static org.grantsplatform.associations.TestApi.admin;
import static org.grantsplatform.associations.TestApi.anonymous;
import static org.grantsplatform.associations.TestApi.awaitEvents;
import static org.grantsplatform.associations.TestApi.donor;
import static org.grantsplatform.associations.TestApi.last;
import static org.grantsplatform.associations.TestApi.owner;
import static org.grantsplatform.associations.TestApi.registerAssociation;
import static org.grantsplatform.associations.TestApi.stranger;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class CapacityAssessmentResourceTest {

    static final String PATH = "/api/associations/{id}/capacity-assessment";

    static final String FIRST = """
            {"interest":"MEDIUM","experience":["MEMBER_TRANSPARENCY","LOCAL_AMBASSADOR"],
             "capabilities":["MEMBER_SP_DATA_COLLECTION"],"needs":["INFORMATION_SYSTEMS","SPM_OFFICER"],
             "notes":"We collect members' data on paper."}""";

    @Test
    void shouldKeepOneCurrentAssessmentWithItsHistoryAndEmitOneEventEach() {
        String id = registerAssociation();

        owner().body(FIRST)
                .when().put(PATH, id)
                .then().statusCode(201)
                .header("Location", endsWith("/api/associations/" + id + "/capacity-assessment"))
                .body("associationId", equalTo(id))
                .body("version", equalTo(1))
                .body("interest", equalTo("MEDIUM"))
                .body("experience", equalTo(List.of("LOCAL_AMBASSADOR", "MEMBER_TRANSPARENCY")))
                .body("needs", equalTo(List.of("INFORMATION_SYSTEMS", "SPM_OFFICER")))
                .body("assessedBy", equalTo(TestTokens.subjectOf("assoc1")));
        owner().body("{\"interest\":\"HIGH\",\"capabilities\":[\"SPM_OFFICER\",\"SP_TRAINING\"],\"version\":1}")
                .when().put(PATH, id)
                .then().statusCode(200)
                .body("version", equalTo(2))
                .body("interest", equalTo("HIGH"))
                .body("experience", equalTo(List.of()))
                .body("capabilities", equalTo(List.of("SPM_OFFICER", "SP_TRAINING")));

        donor().when().get(PATH, id)
                .then().statusCode(200).body("version", equalTo(2)).body("interest", equalTo("HIGH"));
        donor().when().get(PATH + "/history", id)
                .then().statusCode(200)
                .body("items.version", equalTo(List.of(2, 1)))
                .body("items[1].notes", equalTo("We collect members' data on paper."))
                .body("total", equalTo(2));

        List<CloudEvent> events = awaitEvents(id, EventTypes.ASSOCIATION_REGISTERED, EventTypes.ASSOCIATION_UPDATED,
                EventTypes.ASSOCIATION_UPDATED);
        assertThat(events.get(1).data().at("/capacityAssessment/version").asInt()).isEqualTo(1);
        assertThat(events.get(1).data().at("/capacityAssessment/needs")).extracting(JsonNode::asText)
                .containsExactly("INFORMATION_SYSTEMS", "SPM_OFFICER");
        CloudEvent current = last(events);
        assertThat(current.data().at("/capacityAssessment/version").asInt()).isEqualTo(2);
        assertThat(current.data().at("/capacityAssessment/interest").asText()).isEqualTo("HIGH");
        assertThat(current.data().at("/association/id").asText()).isEqualTo(id);
    }

    @Test
    void shouldRefuseAMissingStaleOrPointlessVersionWith409() {
        String id = registerAssociation();

        owner().body("{\"interest\":\"LOW\",\"version\":1}").when().put(PATH, id)
                .then().statusCode(409).contentType(startsWith("application/problem+json"));
        owner().body("{\"interest\":\"LOW\"}").when().put(PATH, id).then().statusCode(201);
        owner().body("{\"interest\":\"LOW\"}").when().put(PATH, id)
                .then().statusCode(409).body("detail", containsString("version 1"));
        owner().body("{\"interest\":\"LOW\",\"version\":1}").when().put(PATH, id).then().statusCode(200);
        owner().body("{\"interest\":\"LOW\",\"version\":1}").when().put(PATH, id).then().statusCode(409);
    }

    @Test
    void shouldNameEveryInvalidField() {
        String id = registerAssociation();

        owner().body("{\"experience\":[null],\"notes\":\"" + "n".repeat(4001) + "\"}")
                .when().put(PATH, id)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", equalTo(List.of("experience", "interest", "notes")));
        owner().body("{\"interest\":\"HIGH\",\"needs\":[\"YACHTS\"]}")
                .when().put(PATH, id)
                .then().statusCode(400)
                .body("violations[0].field", containsString("needs"))
                .body("violations[0].message", containsString("SPM_OFFICER"));
    }

    @Test
    void shouldLetOnlyOwnersAndAdminsAssess() {
        String id = registerAssociation();

        donor().body("{\"interest\":\"LOW\"}").when().put(PATH, id)
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        stranger().body("{\"interest\":\"LOW\"}").when().put(PATH, id).then().statusCode(403);
        admin().body("{\"interest\":\"LOW\"}").when().put(PATH, id).then().statusCode(201);
    }

    @Test
    void shouldAnswer404ForAnUnknownAssociationOrNoAssessmentYet() {
        String id = registerAssociation();

        owner().body("{\"interest\":\"LOW\"}").when().put(PATH, UNKNOWN_ID)
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        donor().when().get(PATH, UNKNOWN_ID).then().statusCode(404);
        donor().when().get(PATH + "/history", UNKNOWN_ID).then().statusCode(404);
        donor().when().get(PATH, id).then().statusCode(404).body("detail", containsString("no capacity assessment"));
        donor().when().get(PATH + "/history", id).then().statusCode(200).body("total", equalTo(0));
    }

    @ParameterizedTest
    @CsvSource({ "PUT,''", "GET,''", "GET,/history" })
    void shouldAnswerWithoutATokenWith401(String method, String suffix) {
        anonymous().body("{}").when().request(method, "/api/associations/" + UNKNOWN_ID + "/capacity-assessment" + suffix)
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }
}
