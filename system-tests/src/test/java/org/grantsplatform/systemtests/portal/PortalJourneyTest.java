package org.grantsplatform.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.systemtests.Platform.ASSOCIATIONS;
import static org.grantsplatform.systemtests.Platform.GRANTS;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.grantsplatform.systemtests.Platform;
import org.grantsplatform.systemtests.browser.Browser;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
    static final String PROGRAMME = "Client Protection Fund";
    static final String ASSOCIATION = "Red Andina de Microfinanzas";
    static final String TITLE = "Client protection training for Andean MFIs";

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
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
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
    void applicantRegistersAnAssociationAddsMembersAndAReportAndSeesWhyItDoesNotQualify() {
        assumeTrue(programmeId != null, "no programme");
        login(assoc1, "assoc1");
        assoc1.waitForText("Waiting for you");
        assoc1.page("applicant-home");

        assoc1.clickLink("My associations").waitFor(By.xpath("//h1[normalize-space()='My associations']"));
        assoc1.page("applicant-associations");
        assoc1.clickLink("Register an association").waitForText("You become its first owner.");
        assoc1.page("applicant-register");
        assoc1.fill("Name", ASSOCIATION)
                .fill("Acronym", "RAM")
                .fill("Country", "PE")
                .fill("Region", "Latin America and the Caribbean")
                .fill("Legal form", "Non-profit association")
                .fill("Year founded", "2004")
                .fill("Contact e-mail", "secretaria@redandina.example");
        assoc1.clickButton("Register the association").waitForText("The association is registered and you are its owner.");
        associationId = idAfter(assoc1.url(), "/associations/");
        assertThat(assoc1.text("h1")).isEqualTo(ASSOCIATION + " (RAM)");
        assertThat(assoc1.shows("Not verified yet")).isTrue();
        assoc1.page("applicant-association");

        assoc1.clickLink("Member MFIs").waitForText("No member MFI is listed yet.");
        assoc1.page("applicant-members-empty");
        addMember("Caja Los Andes", "Non-bank financial institution", "2006");
        assoc1.page("applicant-members-one");
        addMember("Financiera Confianza", "Bank", "2011");
        assertThat(assoc1.text(By.cssSelector("table.cards tbody")))
                .contains("Caja Los Andes").contains("Financiera Confianza");
        assoc1.page("applicant-members");

        int year = Year.now(ZoneOffset.UTC).getValue();
        assoc1.clickLink("Social-performance reports of the members")
                .waitForText("No member MFI has reported social-performance data for " + year + " yet.");
        assoc1.page("applicant-sp-report-empty");
        assoc1.clickLink("Caja Los Andes").waitForText("Caja Los Andes: social-performance report " + year);
        assoc1.page("applicant-sp-indicators");
        assoc1.fill("Active borrowers", "48000")
                .fill("Women borrowers (%)", "64.5")
                .fill("Rural borrowers (%)", "38")
                .fill("Currency of the amounts", "PEN")
                .fill("Gross loan portfolio", "125000000")
                .fill("Social goals stated in its mission", "Yes")
                .fill("Endorsed the client protection principles", "Yes");
        assoc1.clickButton("Save the report").waitForText("The " + year + " report of Caja Los Andes was saved.");
        assertThat(assoc1.text(By.cssSelector("section.transparency")))
                .contains("50%").contains("1 of 2 member MFIs reported social-performance data for " + year);
        assoc1.page("applicant-sp-report");

        // the calls page asks grants-service, which learns of the association from its events
        awaitFacts(associationId, facts -> assertThat(facts.get("memberCount").asInt()).isEqualTo(2));
        assoc1.clickLink("Open calls").waitFor(By.xpath("//h1[normalize-space()='Open calls']"));
        WebElement standing = standing();
        assertThat(standing.getText()).contains("does not qualify yet")
                .contains("The programme requires an association verified by a program manager; "
                        + "this one is not verified yet.")
                .doesNotContain("Apply");
        assertThat(card().getText()).contains("USD").contains("Budget left").contains("USD 250,000.00");
        assoc1.page("applicant-calls-not-qualified");
    }

    @Test
    @Order(3)
    void afterVerificationTheApplicantAppliesCorrectingABadAmountAndSubmits() {
        assumeTrue(associationId != null, "no association");
        verify(associationId);

        assoc1.open("/calls");
        assertThat(standing().getText()).contains("your association qualifies").doesNotContain("does not qualify");
        assoc1.page("applicant-calls-qualified");
        assoc1.clickAndWait(By.xpath(standingXpath() + "//a[normalize-space()='Apply']"))
                .waitFor(By.xpath("//h1[normalize-space()='New application']"));
        assertThat(assoc1.shows("Amounts are in USD")).isTrue();
        assoc1.page("applicant-draft-new");

        assoc1.fill("Title", TITLE)
                .fill("Summary", "Train the loan officers of both members in the client protection principles.")
                .fill("Funding window", "Member training")
                .fill("Member capacity", "true")
                .fill("Standards of practice", "true")
                .fill("Requested amount", "30000")
                .fill("Category of budget line 1", "Training")
                .fill("Description of budget line 1", "Six regional workshops")
                .fill("Amount of budget line 1", "22000")
                .fill("Category of budget line 2", "Materials")
                .fill("Description of budget line 2", "Toolkits in Spanish")
                .fill("Amount of budget line 2", "abc")
                .fill("Indicator of outcome 1", "Loan officers trained")
                .fill("Baseline of outcome 1", "0")
                .fill("Target of outcome 1", "120")
                .fill("Duration in months", "12");
        assertThat(liveTotal()).as("the live total counts the amounts that are numbers").isEqualTo("22,000.00");
        assoc1.clickButton("Save draft").waitForText("Please correct the following");
        assertThat(assoc1.description("Amount of budget line 2")).as("the error beside the field").isNotBlank();
        assertThat(assoc1.field("Amount of budget line 2").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(assoc1.description("Amount of budget line 1")).as("no error beside a good amount").isEmpty();
        assertThat(assoc1.value("Amount of budget line 2")).as("kept as typed").isEqualTo("abc");
        assertThat(assoc1.value("Title")).isEqualTo(TITLE);
        assoc1.page("applicant-draft-error");

        assoc1.fill("Amount of budget line 2", "8000");
        assertThat(liveTotal()).isEqualTo("30,000.00");
        assoc1.clickButton("Save draft").waitForText("Your draft was saved.");
        applicationId = idAfter(assoc1.url(), "/applications/");
        assertThat(assoc1.text("h1")).isEqualTo(TITLE);
        assertThat(facts()).contains("Draft").contains("USD 30,000.00");
        assertThat(assoc1.text(By.cssSelector("table.cards tfoot"))).contains("USD 30,000.00");
        assoc1.page("applicant-draft-saved");

        assoc1.clickButton("Submit the application").waitForText("Your application was submitted.");
        assertThat(facts()).contains("Submitted").doesNotContain("Not yet");
        assoc1.page("applicant-application-submitted");
        Platform.Response saved = Platform.get(GRANTS, "/api/applications/" + applicationId, "assoc1");
        assertThat(saved.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(saved.json().get("budgetLines")).hasSize(2);

        // the list itself, not this application on its first page: earlier suites leave assoc1 thousands of them
        assoc1.clickLink("My applications").waitFor(By.cssSelector("table.cards tbody tr"));
        assertThat(assoc1.title()).startsWith("My applications");
        assoc1.page("applicant-applications");
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
                "{\"subjects\":[\"%s\",\"%s\"]}".formatted(Platform.subject("reviewer1"), Platform.subject("reviewer2")));
        assertThat(assigned.status()).as(assigned.body()).isIn(200, 201);
        underReview = true;
    }

    @Test
    @Order(5)
    void firstReviewerScoresItSeeingTheWeightedScore() {
        assumeTrue(underReview, "not under review");
        login(reviewer1, "reviewer1");
        String waiting = reviewer1.text(By.xpath("//li[@class='task'][a[normalize-space()='Applications waiting for your review']]"));
        assertThat(waiting).as("the home page's task").doesNotStartWith("0");
        reviewer1.page("reviewer-home");
        reviewer1.clickLink("Applications waiting for your review").waitForText(TITLE);
        reviewer1.page("reviewer-queue");
        assertThat(reviewer1.text(By.cssSelector("table.cards tbody"))).contains(PROGRAMME).contains("Under review");

        reviewer1.clickLink(TITLE).waitForText("Scores against the rubric");
        assertThat(reviewer1.text("h1")).isEqualTo(TITLE);
        assertThat(reviewer1.shows("Six regional workshops")).as("the budget beside the rubric").isTrue();
        assertThat(reviewer1.text(By.cssSelector("label[for=scores-0-score]"))).contains("weight 60%").contains("0 to 10");
        assertThat(reviewer1.text(By.cssSelector("label[for=scores-1-score]"))).contains("weight 40%").contains("0 to 5");
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

    @Test
    @Order(7)
    void anotherAssociationCannotOpenTheApplicationByItsAddress() {
        assumeTrue(applicationId != null, "no application");
        login(assoc2, "assoc2");
        assoc2.open("/applications/" + applicationId).waitFor(By.xpath("//h1[normalize-space()='Not found']"));
        assertThat(assoc2.shows(TITLE)).isFalse();
        assertThat(assoc2.shows("it belongs to someone else")).isTrue();
        assertThat(assoc2.text(By.cssSelector("nav[aria-label=Main]"))).contains("My applications").contains("Open calls");
        assertThat(assoc2.shows("Log out")).isTrue();
        assoc2.page("applicant-not-found");
    }

    @Test
    @Order(8)
    void loggingOutEndsTheSessionSoThatBackShowsNoData() {
        assumeTrue(applicationId != null, "no application");
        login(assoc1, "assoc1");
        assoc1.open("/applications/" + applicationId).waitForText(TITLE);
        assoc1.clickButton("Log out").waitFor(By.xpath("//h1[normalize-space()='You are logged out']"));
        assertThat(assoc1.url()).startsWith(Platform.url(Platform.PORTAL, "/logged-out"));
        assertThat(assoc1.shows("My applications")).as("no navigation of a signed-in user").isFalse();
        assoc1.page("applicant-logged-out");

        assoc1.back();
        assertThat(assoc1.shows(TITLE)).as("the application after back, on %s", assoc1.url()).isFalse();
        assertThat(assoc1.source()).doesNotContain(TITLE);

        assoc1.open("/applications/" + applicationId).waitFor(By.id("username"));
        assertThat(assoc1.url()).startsWith(Platform.url(Platform.KEYCLOAK, "/realms/grants/"));
        assertThat(assoc1.shows(TITLE)).isFalse();
        LOGGED_IN.remove(assoc1);
    }

    // ------------------------------------------------------------------ helpers

    /** Logs a browser in once; later steps find it logged in. */
    private static void login(Browser browser, String user) {
        if (LOGGED_IN.add(browser)) {
            browser.login(user);
        }
    }

    /** From the members page: "Add a member MFI", the form, back on the members page with the notice. */
    private static void addMember(String name, String legalForm, String joined) {
        assoc1.clickLink("Add a member MFI").waitFor(By.xpath("//h1[starts-with(normalize-space(), 'Add a member MFI')]"));
        if (!name.startsWith("Fin")) {
            assoc1.page("applicant-member-new");
        }
        assoc1.fill("Name", name).fill("Country", "PE").fill("Legal form", legalForm).fill("Year joined", joined);
        assoc1.clickButton("Add the member MFI").waitForText(name + " was added.");
    }

    /** The card of this run's programme on the calls page, paging on until it is there. */
    private static WebElement card() {
        By card = By.xpath(cardXpath());
        while (assoc1.driver().findElements(card).isEmpty()) {
            assertThat(assoc1.driver().findElements(By.linkText("Next page")))
                    .as("the programme %s on the calls pages", PROGRAMME).isNotEmpty();
            assoc1.clickLink("Next page");
        }
        return assoc1.waitFor(card);
    }

    private static String cardXpath() {
        return "//article[.//h2/a[normalize-space()='" + PROGRAMME + "']]";
    }

    /** Where this run's association stands on this run's programme (assoc1 may own other associations). */
    private static WebElement standing() {
        card();
        return assoc1.waitFor(By.xpath(standingXpath()));
    }

    private static String standingXpath() {
        return cardXpath() + "//ul[@class='standings']/li[strong[normalize-space()='" + ASSOCIATION + " (RAM)']]";
    }

    private static String liveTotal() {
        return assoc1.text(By.cssSelector("output[data-sum]"));
    }

    /** The facts list of an application's page. */
    private static String facts() {
        return assoc1.text(By.cssSelector("section[aria-labelledby=facts-h] dl.facts"));
    }

    /** The id in a URL such as {@code .../applications/<id>?done=saved}. */
    private static String idAfter(String url, String prefix) {
        String rest = url.substring(url.indexOf(prefix) + prefix.length());
        String id = rest.replaceAll("[/?#].*", "");
        assertThat(UUID.fromString(id)).isNotNull();
        return id;
    }

    /** Waits until grants-service's copy of the association's facts meets an expectation. */
    private static void awaitFacts(String id, java.util.function.Consumer<JsonNode> expectation) {
        await().atMost(FACTS).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Platform.Response facts = Platform.get(GRANTS, "/api/associations/" + id, "pm1");
            assertThat(facts.status()).as(facts.body()).isEqualTo(200);
            expectation.accept(facts.json());
        });
    }

    /** pm1 verifies the association, and the step waits until grants-service has learnt it from the event. */
    private static void verify(String id) {
        Platform.Response verified = Platform.post(ASSOCIATIONS, "/api/associations/" + id + "/verification", "pm1",
                "{\"verified\":true,\"note\":\"Statutes and member list checked\"}");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        awaitFacts(id, facts -> assertThat(facts.get("verified").asBoolean()).as("verified in grants-service").isTrue());
    }

    private static String weightedScore() {
        return reviewer1.text(By.cssSelector("output[data-weighted-score]"));
    }

    /** The user's own review of an application, as grants-service holds it. */
    private static JsonNode mine(String application, String user) {
        Platform.Response answer = Platform.get(GRANTS, "/api/applications/" + application, user);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String subject = Platform.subject(user);
        for (JsonNode review : answer.json().get("reviews")) {
            if (subject.equals(review.get("reviewerSubject").asText())) {
                return review;
            }
        }
        throw new AssertionError("no review of " + user + " in " + answer.body());
    }
}
