package org.grantsplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.systemtests.Platform.ASSOCIATIONS;
import static org.grantsplatform.systemtests.Platform.GRANTS;
import static org.grantsplatform.systemtests.Platform.subject;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The user directory against the real Keycloak: grants-service and associations-service read it through their own
 * service accounts (clients grants-service and associations-service of the realm, realm-management view-users and
 * query-users only). reviewer3 (Rosa Ferreira) is a reviewer and an applicant: the association of these tests is
 * hers, so she may never review its application.
 */
@ExtendWith(Platform.class)
class ReviewerDirectoryTest {

    private static final Duration FACTS = Duration.ofSeconds(90);

    private static String associationId;
    private static String applicationId;

    @BeforeAll
    static void reviewer3sApplicationUnderReview() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String programme = ok(Platform.post(GRANTS, "/api/programmes", "donor1", """
                {"name":"Directory %s","description":"Reviewers from the directory","donorName":"Whitfield Foundation",
                 "currency":"USD","budget":100000.00,"maxGrant":40000.00,"windows":["MEMBER_TRAINING"],
                 "opensOn":"%s","closesOn":"%s","eligibility":{"requireVerified":false},
                 "rubric":[{"criterion":"Relevance","weight":1.0,"maxScore":10}]}"""
                .formatted(UUID.randomUUID(), today, today.plusMonths(1)))).json().get("id").asText();
        ok(Platform.post(GRANTS, "/api/programmes/" + programme + "/publish", "donor1", "{}"));
        associationId = ok(Platform.post(ASSOCIATIONS, "/api/associations", "reviewer3", """
                {"name":"Directory Network %s","country":"KE","region":"AFRICA"}""".formatted(UUID.randomUUID())))
                .json().get("id").asText();
        // grants-service learns of the association, owned by reviewer3 from its first event, from the events
        await().atMost(FACTS).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(Platform.get(GRANTS, "/api/associations/" + associationId, "pm1").status()).isEqualTo(200));
        applicationId = ok(Platform.post(GRANTS, "/api/applications", "reviewer3", """
                {"programmeId":"%s","associationId":"%s","title":"Outreach officers",
                 "summary":"Hire and train outreach officers for the rural members",
                 "window":"MEMBER_TRAINING","strategies":["MEMBER_CAPACITY"],"requestedAmount":30000.00,
                 "budgetLines":[{"category":"Staff","description":"Two outreach officers","amount":30000.00}],
                 "outcomes":[{"indicator":"Rural members visited","baseline":"0","target":"12"}],
                 "durationMonths":12}""".formatted(programme, associationId))).json().get("id").asText();
        ok(Platform.post(GRANTS, "/api/applications/" + applicationId + "/submit", "reviewer3", ""));
        ok(Platform.post(GRANTS, "/api/applications/" + applicationId + "/screening", "pm1",
                "{\"eligible\":true,\"note\":\"Complete\"}"));
    }

    @Test
    void shouldListTheRealmsReviewersWithTheirNames() {
        Platform.Response reviewers = ok(Platform.get(GRANTS, "/api/reviewers?size=100", "pm1"));

        Map<String, JsonNode> byUsername = new HashMap<>();
        reviewers.json().get("items").forEach(r -> byUsername.put(r.get("username").asText(), r));
        assertThat(byUsername).containsKeys("reviewer1", "reviewer2", "reviewer3").doesNotContainKeys("assoc1", "pm1");
        assertThat(byUsername.get("reviewer1").get("name").asText()).isEqualTo("Rita Lindqvist");
        assertThat(byUsername.get("reviewer2").get("name").asText()).isEqualTo("Ravi Sharma");
        assertThat(byUsername.get("reviewer1").get("subject").asText()).isEqualTo(subject("reviewer1"));
        assertThat(byUsername.get("reviewer2").get("email").asText()).isEqualTo("reviewer2@grants.example.org");
        assertThat(byUsername.get("reviewer1").has("openAssignments")).isTrue();

        Platform.Response searched = ok(Platform.get(GRANTS, "/api/reviewers?search=lindq", "admin1"));
        assertThat(searched.json().get("total").asInt()).isEqualTo(1);
        assertThat(searched.json().get("items").get(0).get("username").asText()).isEqualTo("reviewer1");
        assertThat(Platform.get(GRANTS, "/api/reviewers", "assoc1").status()).isEqualTo(403);
    }

    @Test
    void shouldRefuseAUserNameAsAReviewer() {
        Platform.Response refused = Platform.post(GRANTS, "/api/applications/" + applicationId + "/reviewers", "pm1",
                "{\"subjects\":[\"reviewer1\"]}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().at("/violations/0/field").asText()).isEqualTo("subjects[0]");
        assertThat(refused.json().at("/violations/0/rule").asText()).isEqualTo("reviewer-known");
        assertThat(refused.json().at("/violations/0/actual").asText()).isEqualTo("reviewer1");
    }

    @Test
    void shouldRefuseAReviewerWhoOwnsTheApplyingAssociation() {
        Platform.Response refused = Platform.post(GRANTS, "/api/applications/" + applicationId + "/reviewers", "pm1",
                "{\"subjects\":[\"%s\"]}".formatted(subject("reviewer3")));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/violations/0/rule").asText()).isEqualTo("reviewer-not-owner");
        assertThat(refused.json().at("/violations/0/actual").asText()).isEqualTo(subject("reviewer3"));
    }

    @Test
    void shouldAssignTwoReviewersAndUnassignOneWhoHasNotReviewed() {
        String reviewers = "/api/applications/" + applicationId + "/reviewers";
        ok(Platform.post(GRANTS, reviewers, "pm1",
                "{\"subjects\":[\"%s\",\"%s\"]}".formatted(subject("reviewer1"), subject("reviewer2"))));

        Platform.Response unassigned = ok(Platform.delete(GRANTS, reviewers + "/" + subject("reviewer2"), "pm1"));
        assertThat(subjects(unassigned.json().get("reviews"))).containsExactly(subject("reviewer1"));
        assertThat(Platform.delete(GRANTS, reviewers + "/" + subject("reviewer2"), "pm1").status()).isEqualTo(404);
        assertThat(Platform.get(GRANTS, "/api/applications/" + applicationId, "reviewer2").status()).isEqualTo(404);
    }

    @Test
    void shouldAddOwnersByUserNameAndEmailAndNameThem() {
        String owners = "/api/associations/" + associationId + "/owners";
        Platform.Response byName = ok(Platform.post(ASSOCIATIONS, owners, "reviewer3", "{\"user\":\"assoc1\"}"));
        assertThat(byName.json().get("owners").toString()).contains(subject("assoc1"));
        ok(Platform.post(ASSOCIATIONS, owners, "assoc1", "{\"user\":\"assoc2@grants.example.org\"}"));
        Platform.Response unknown = Platform.post(ASSOCIATIONS, owners, "assoc1", "{\"user\":\"no-such-user\"}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.json().at("/violations/0/field").asText()).isEqualTo("user");

        Platform.Response listed = ok(Platform.get(ASSOCIATIONS, owners, "donor1"));
        Map<String, String> names = new HashMap<>();
        listed.json().get("items").forEach(o -> names.put(o.get("username").asText(), o.get("name").asText()));
        assertThat(names).containsEntry("reviewer3", "Rosa Ferreira").containsEntry("assoc1", "Ana Castillo")
                .containsEntry("assoc2", "Amara Njoroge");
    }

    private static List<String> subjects(JsonNode reviews) {
        List<String> subjects = new ArrayList<>();
        reviews.forEach(r -> subjects.add(r.get("reviewerSubject").asText()));
        return subjects;
    }

    private static Platform.Response ok(Platform.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response;
    }
}
