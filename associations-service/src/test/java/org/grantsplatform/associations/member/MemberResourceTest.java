package org.grantsplatform.associations.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantsplatform.associations.TestApi.UNKNOWN_ID;
import static org.grantsplatform.associations.TestApi.addMember;
import static org.grantsplatform.associations.TestApi.admin;
import static org.grantsplatform.associations.TestApi.anonymous;
import static org.grantsplatform.associations.TestApi.awaitEvents;
import static org.grantsplatform.associations.TestApi.donor;
import static org.grantsplatform.associations.TestApi.last;
import static org.grantsplatform.associations.TestApi.member;
import static org.grantsplatform.associations.TestApi.owner;
import static org.grantsplatform.associations.TestApi.registerAssociation;
import static org.grantsplatform.associations.TestApi.stranger;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class MemberResourceTest {

    @Test
    void shouldAddAMemberCountItAndEmitOneEvent() {
        String id = registerAssociation();

        ExtractableResponse<Response> created = owner().body(member("Faulu Kenya", 2015))
                .when().post("/api/associations/{id}/members", id)
                .then().statusCode(201)
                .body("name", equalTo("Faulu Kenya"))
                .body("country", equalTo("KE"))
                .body("legalForm", equalTo("NGO"))
                .body("joinedYear", equalTo(2015))
                .body("version", equalTo(0))
                .extract();
        String memberId = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/associations/" + id + "/members/" + memberId);

        donor().when().get("/api/associations/{id}", id)
                .then().body("memberCount", equalTo(1)).body("version", equalTo(1));
        donor().when().get("/api/associations/{id}/members/{memberId}", id, memberId)
                .then().statusCode(200).body("name", equalTo("Faulu Kenya"));

        CloudEvent changed = last(awaitEvents(id, EventTypes.ASSOCIATION_REGISTERED, EventTypes.MEMBER_CHANGED));
        assertThat(changed.data().at("/member/id").asText()).isEqualTo(memberId);
        assertThat(changed.data().at("/member/name").asText()).isEqualTo("Faulu Kenya");
        assertThat(changed.data().at("/association/memberCount").asInt()).isEqualTo(1);
        assertThat(changed.data().at("/association/version").asLong()).isEqualTo(1);
    }

    @Test
    void shouldAddMembersSentAtTheSameTimeWithoutAConflict() throws Exception {
        String id = registerAssociation();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String name = "Concurrent MFI " + i;
                answers.add(pool.submit(() -> owner().body(member(name, 2015))
                        .when().post("/api/associations/{id}/members", id).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).as("a member added beside others").isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        donor().when().get("/api/associations/{id}", id).then().body("memberCount", equalTo(24));
    }

    @Test
    void shouldListMembersByNameInPages() {
        String id = registerAssociation();
        addMember(id, "Zeta Finance", null);
        addMember(id, "Alpha Credit", 2010);

        donor().when().get("/api/associations/{id}/members", id)
                .then().statusCode(200)
                .body("items.name", equalTo(List.of("Alpha Credit", "Zeta Finance")))
                .body("total", equalTo(2));
        donor().when().get("/api/associations/{id}/members?page=1&size=1", id)
                .then().statusCode(200)
                .body("items.name", equalTo(List.of("Zeta Finance")))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("total", equalTo(2));
    }

    @Test
    void shouldUpdateAMemberWithItsVersionAndEmitOneEvent() {
        String id = registerAssociation();
        String memberId = addMember(id, "Kadet", 2012);

        owner().body(versioned(member("Kadet Limited", 2013), 0))
                .when().put("/api/associations/{id}/members/{memberId}", id, memberId)
                .then().statusCode(200)
                .body("name", equalTo("Kadet Limited"))
                .body("joinedYear", equalTo(2013))
                .body("version", equalTo(1));

        CloudEvent changed = last(awaitEvents(id, EventTypes.ASSOCIATION_REGISTERED, EventTypes.MEMBER_CHANGED,
                EventTypes.MEMBER_CHANGED));
        assertThat(changed.data().at("/member/name").asText()).isEqualTo("Kadet Limited");
        assertThat(changed.data().at("/member/version").asLong()).isEqualTo(1);
        assertThat(changed.data().at("/association/memberCount").asInt()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAStaleVersionWith409() {
        String id = registerAssociation();
        String memberId = addMember(id, "Kadet", 2012);
        owner().body(versioned(member("Kadet One", 2012), 0))
                .when().put("/api/associations/{id}/members/{memberId}", id, memberId).then().statusCode(200);

        owner().body(versioned(member("Kadet Two", 2012), 0))
                .when().put("/api/associations/{id}/members/{memberId}", id, memberId)
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldNameEveryInvalidField() {
        String id = registerAssociation();

        owner().body("{\"name\":\"K\",\"country\":\"XX\",\"joinedYear\":3000,\"unknownField\":1}")
                .when().post("/api/associations/{id}/members", id)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", equalTo(List.of("country", "joinedYear", "name")));
    }

    @Test
    void shouldRequireTheVersionToUpdate() {
        String id = registerAssociation();
        String memberId = addMember(id, "Kadet", 2012);

        owner().body(member("Kadet", 2012))
                .when().put("/api/associations/{id}/members/{memberId}", id, memberId)
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("version")));
    }

    @Test
    void shouldRefuseASecondMemberOfTheSameName() {
        String id = registerAssociation();
        addMember(id, "Kadet", 2012);

        owner().body(member("KADET", 2014))
                .when().post("/api/associations/{id}/members", id)
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldLetOnlyOwnersAndAdminsChangeMembers() {
        String id = registerAssociation();
        String memberId = addMember(id, "Kadet", 2012);

        donor().body(member("Donor's MFI", 2012)).when().post("/api/associations/{id}/members", id)
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        stranger().body(member("Stranger's MFI", 2012)).when().post("/api/associations/{id}/members", id)
                .then().statusCode(403);
        stranger().body(versioned(member("Renamed", 2012), 0))
                .when().put("/api/associations/{id}/members/{memberId}", id, memberId)
                .then().statusCode(403);
        admin().body(member("Admin's MFI", 2012)).when().post("/api/associations/{id}/members", id)
                .then().statusCode(201);
    }

    @Test
    void shouldAnswer404ForAnUnknownAssociationOrAMemberOfAnother() {
        String id = registerAssociation();
        String other = registerAssociation();
        String othersMember = addMember(other, "Other MFI", 2012);

        owner().body(member("Kadet", 2012)).when().post("/api/associations/{id}/members", UNKNOWN_ID)
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        donor().when().get("/api/associations/{id}/members", UNKNOWN_ID).then().statusCode(404);
        donor().when().get("/api/associations/{id}/members/{memberId}", id, othersMember).then().statusCode(404);
        owner().body(versioned(member("Moved", 2012), 0))
                .when().put("/api/associations/{id}/members/{memberId}", id, othersMember)
                .then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({ "POST,/api/associations/" + UNKNOWN_ID + "/members", "GET,/api/associations/" + UNKNOWN_ID + "/members",
            "GET,/api/associations/" + UNKNOWN_ID + "/members/" + UNKNOWN_ID,
            "PUT,/api/associations/" + UNKNOWN_ID + "/members/" + UNKNOWN_ID })
    void shouldAnswerWithoutATokenWith401(String method, String path) {
        anonymous().body("{}").when().request(method, path)
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    private static String versioned(String member, long version) {
        return member.substring(0, member.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }
}
