package org.grantsplatform.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.systemtests.Platform.ASSOCIATIONS;
import static org.grantsplatform.systemtests.Platform.GRANTS;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.grantsplatform.systemtests.Platform;
import org.grantsplatform.systemtests.browser.Browser;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The portal's journeys of issue 12, each user in a headless Chromium of their own, through the real Keycloak
 * login, on one start of the whole platform: a donor's programme (API), an association that registers, adds
 * members and an SP report, learns why it does not qualify, is verified (API), applies and corrects a bad amount;
 * screening and assignment (API); one reviewer scores, the other recuses; another association cannot open the
 * application; logging out ends the session. The steps run in order and share what they created; a step whose
 * predecessor failed is skipped, not failed again. Every page visited passes {@link Browser#page(String)}.
 */
@ExtendWith(Platform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalJourneyTest {

    private static final Duration FACTS = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Names unique to this run: the suite's databases are fresh, but a rerun against a kept platform is not. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000);

    static final String PROGRAMME = "Client Protection Fund " + RUN;
    static final String ASSOCIATION = "Red Andina de Microfinanzas " + RUN;
    static final String TITLE = "Client protection training for Andean MFIs " + RUN;

    @RegisterExtension
    static final Browser assoc1 = Browser.portal("assoc1");
    @RegisterExtension
    static final Browser reviewer1 = Browser.portal("reviewer1");
    @RegisterExtension
    static final Browser reviewer2 = Browser.portal("reviewer2");
    @RegisterExtension
    static final Browser assoc2 = Browser.portal("assoc2");

    private static final Set<Browser> LOGGED_IN = new HashSet<>();

    static String programmeId;
    static String associationId;
    static String applicationId;
    static boolean underReview;

    @Test
    @Order(1)
    void donorPublishesAProgrammeThroughTheApi() {
        LocalDate today = LocalDate.now();
        Platform.Response created = Platform.post(GRANTS, "/api/programmes", "donor1", """
                {"name":"%s","description":"Training and tools for client protection in member MFIs",
                 "donorName":"Whitfield Foundation","currency":"USD","budget":250000.00,"maxGrant":50000.00,
                 "windows":["MEMBER_TRAINING","CAPACITY_BUILDING"],"opensOn":"%s","closesOn":"%s",
                 "eligibility":{"requireVerified":true},
                 "rubric":[{"criterion":"Relevance to client protection","weight":0.6,"maxScore":10},
                           {"criterion":"Capacity to deliver","weight":0.4,"maxScore":5}]}"""
                .formatted(PROGRAMME, today, today.plusMonths(1)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        Platform.Response published = Platform.post(GRANTS, "/api/programmes/" + id + "/publish", "donor1", "{}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").asText()).isEqualTo("OPEN");
        programmeId = id;
    }

    @Test
    @Order(2)
    void applicantRegistersAnAssociationAndSeesWhyItDoesNotQualify() {
        assumeTrue(programmeId != null, "no programme");
        // until the applicant pages are merged: the same facts through the API
        Platform.Response created = Platform.post(ASSOCIATIONS, "/api/associations", "assoc1", """
                {"name":"%s","acronym":"RAM","country":"PE","region":"LATIN_AMERICA_CARIBBEAN"}"""
                .formatted(ASSOCIATION));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String members = "/api/associations/" + id + "/members";
        for (String name : new String[] {"Caja Los Andes", "Financiera Confianza"}) {
            Platform.Response member = Platform.post(ASSOCIATIONS, members, "assoc1",
                    "{\"name\":\"" + name + "\",\"country\":\"PE\",\"joinedYear\":2012}");
            assertThat(member.status()).as(member.body()).isEqualTo(201);
            if (name.startsWith("Caja")) {
                Platform.Response report = Platform.put(ASSOCIATIONS, members + "/" + member.json().get("id").asText()
                        + "/sp-reports/" + Year.now().getValue(), "assoc1",
                        "{\"activeBorrowers\":48000,\"womenBorrowersPct\":64.5}");
                assertThat(report.status()).as(report.body()).isIn(200, 201);
            }
        }
        associationId = id;

        login(assoc1, "assoc1");
        assoc1.page("applicant-home");
    }

    @Test
    @Order(3)
    void afterVerificationTheApplicantAppliesCorrectingABadAmount() {
        assumeTrue(associationId != null, "no association");
        verify(associationId);
        // until the applicant pages are merged: the application through the API
        Platform.Response draft = Platform.post(GRANTS, "/api/applications", "assoc1", """
                {"programmeId":"%s","associationId":"%s","title":"%s",
                 "summary":"Train loan officers of both members in the client protection principles.",
                 "window":"MEMBER_TRAINING","strategies":["MEMBER_CAPACITY","STANDARDS_OF_PRACTICE"],
                 "requestedAmount":30000.00,
                 "budgetLines":[{"category":"Training","description":"Six regional workshops","amount":22000.00},
                                {"category":"Materials","description":"Toolkits in Spanish","amount":8000.00}],
                 "outcomes":[{"indicator":"Loan officers trained","baseline":"0","target":"120"}],
                 "durationMonths":12}""".formatted(programmeId, associationId, TITLE));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asText();
        Platform.Response submitted = Platform.post(GRANTS, "/api/applications/" + id + "/submit", "assoc1", "{}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        applicationId = id;
    }

    @Test
    @Order(4)
    void programManagerScreensItAndAssignsTwoReviewersThroughTheApi() {
        assumeTrue(applicationId != null, "no submitted application");
        Platform.Response screened = Platform.post(GRANTS, "/api/applications/" + applicationId + "/screening", "pm1",
                "{\"eligible\":true,\"note\":\"Complete and within the programme's scope\"}");
        assertThat(screened.status()).as(screened.body()).isEqualTo(200);
        assertThat(screened.json().get("status").asText()).isEqualTo("UNDER_REVIEW");
        Platform.Response assigned = Platform.post(GRANTS, "/api/applications/" + applicationId + "/reviewers", "pm1",
                "{\"subjects\":[\"%s\",\"%s\"]}".formatted(subject("reviewer1"), subject("reviewer2")));
        assertThat(assigned.status()).as(assigned.body()).isIn(200, 201);
        underReview = true;
    }

    @Test
    @Order(5)
    void firstReviewerScoresItSeeingTheWeightedScore() {
        assumeTrue(underReview, "not under review");
        login(reviewer1, "reviewer1");
        reviewer1.page("reviewer-home");
        reviewer1.clickLink("My reviews").waitForText(TITLE);
        reviewer1.page("reviewer-queue");
        assertThat(reviewer1.text(By.cssSelector("table.cards tbody"))).contains(PROGRAMME).contains("Under review");

        reviewer1.clickLink(TITLE).waitForText("Scores against the rubric");
        assertThat(reviewer1.text("h1")).isEqualTo(TITLE);
        assertThat(reviewer1.shows("Six regional workshops")).as("the budget beside the rubric").isTrue();
        assertThat(reviewer1.text(By.cssSelector("label[for=score-0]"))).contains("weight 60%").contains("0 to 10");
        assertThat(reviewer1.text(By.cssSelector("label[for=score-1]"))).contains("weight 40%").contains("0 to 5");
        reviewer1.page("reviewer-application");

        reviewer1.fill("Relevance to client protection", "7");
        assertThat(weightedScore()).as("one score of two: no total yet").isEqualTo("—");
        reviewer1.fill("Capacity to deliver", "3");
        // 100 × (0.6 × 7/10 + 0.4 × 3/5)
        assertThat(weightedScore()).isEqualTo("66.00");
        reviewer1.fill("Recommendation", "Award");
        reviewer1.fill("Comment for the donor", "A focused plan; the budget matches the workshops.");
        reviewer1.page("reviewer-scoring-filled");
        reviewer1.clickButton("Submit the review").waitForText("Your review was saved.");
        reviewer1.page("reviewer-review-saved");
        assertThat(reviewer1.value("Relevance to client protection")).isEqualTo("7");

        JsonNode review = mine(applicationId, "reviewer1");
        assertThat(review.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(review.get("weightedScore").decimalValue()).isEqualByComparingTo("66.00");
    }

    @Test
    @Order(6)
    void secondReviewerDeclaresAConflictAfterAConfirmationThatItCannotBeUndone() {
        assumeTrue(underReview, "not under review");
        login(reviewer2, "reviewer2");
        reviewer2.open("/reviews").waitForText(TITLE);
        reviewer2.clickLink(TITLE).waitForText("Scores against the rubric");
        reviewer2.clickLink("Declare a conflict of interest").waitForText("This cannot be undone.");
        reviewer2.page("reviewer-conflict");

        reviewer2.clickButton("Recuse myself").waitForText("tick the box");
        assertThat(reviewer2.description("I have a conflict of interest"))
                .isEqualTo("tick the box to confirm that you have a conflict of interest");
        reviewer2.page("reviewer-conflict-unconfirmed");

        reviewer2.fill("What the conflict is", "I advised Caja Los Andes on its board until last year.");
        reviewer2.fill("I have a conflict of interest", "true");
        reviewer2.clickButton("Recuse myself")
                .waitForText("You declared a conflict of interest and are recused from this application.");
        assertThat(reviewer2.shows("Scores against the rubric")).as("no scoring form once recused").isFalse();
        reviewer2.page("reviewer-recused");

        JsonNode review = mine(applicationId, "reviewer2");
        assertThat(review.get("status").asText()).isEqualTo("RECUSED");
        assertThat(review.get("conflictOfInterest").asBoolean()).isTrue();
    }

    // ------------------------------------------------------------------ helpers

    /** Logs a browser in once; later steps find it logged in. */
    private static void login(Browser browser, String user) {
        if (LOGGED_IN.add(browser)) {
            browser.login(user);
        }
    }

    /** pm1 verifies the association, and the step waits until grants-service has learnt it from the event. */
    private static void verify(String id) {
        Platform.Response verified = Platform.post(ASSOCIATIONS, "/api/associations/" + id + "/verification", "pm1",
                "{\"verified\":true,\"note\":\"Statutes and member list checked\"}");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        await().atMost(FACTS).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Platform.Response facts = Platform.get(GRANTS, "/api/associations/" + id, "pm1");
            assertThat(facts.status()).as(facts.body()).isEqualTo(200);
            assertThat(facts.json().get("verified").asBoolean()).as("verified in grants-service").isTrue();
        });
    }

    private static String weightedScore() {
        return reviewer1.text(By.cssSelector("output[data-weighted-score]"));
    }

    /** The user's own review of an application, as grants-service holds it. */
    private static JsonNode mine(String application, String user) {
        Platform.Response answer = Platform.get(GRANTS, "/api/applications/" + application, user);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String subject = subject(user);
        for (JsonNode review : answer.json().get("reviews")) {
            if (subject.equals(review.get("reviewerSubject").asText())) {
                return review;
            }
        }
        throw new AssertionError("no review of " + user + " in " + answer.body());
    }

    /** The {@code sub} claim of the user's access token: the subject grants-service assigns reviewers by. */
    static String subject(String user) {
        String token = Platform.token(user);
        String payload = token.split("\\.")[1];
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                    .get("sub").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
