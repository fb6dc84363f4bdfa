package org.grantsplatform.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.systemtests.Platform.ASSOCIATIONS;
import static org.grantsplatform.systemtests.Platform.GRANTS;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
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

/**
 * The program manager's pages, each through the real Keycloak login and {@link Browser#page(String)}: pm1 screens a
 * submitted application (a missing note refused beside its field first), verifies an association and sees the note
 * required to revoke it, schedules two tranches on an awarded grant (one over the award refused), requests the
 * first one's disbursement, records its payment once donor1 has approved it through the API, and sends a milestone
 * report back with a note; a page in French; an applicant gets the forbidden page. What the pages show is set up
 * through the API on a platform without demo data; the steps run in order and share what they created. It also
 * changes a planned tranche, and assigns reviewers by name from the directory (an owner of the association refused).
 */
@ExtendWith(Platform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgramManagerPagesTest {

    private static final Duration FACTS = Duration.ofSeconds(90);
    /** Tells this run's records from an earlier run's on the same databases. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String PROGRAMME = "Member Outreach Fund " + RUN;
    static final String ASSOCIATION = "Red de Cajas del Altiplano " + RUN;
    static final String TO_SCREEN = "Outreach officers for highland members " + RUN;
    static final String AWARDED = "Client protection toolkit " + RUN;

    @RegisterExtension
    static final Browser pm1 = Browser.portal("pm1");
    @RegisterExtension
    static final Browser assoc1 = Browser.portal("assoc1");

    private static final Set<Browser> LOGGED_IN = new HashSet<>();

    static String associationId;
    static String toScreenId;
    static String grantId;
    static String firstTrancheId;
    static String secondTrancheId;
    static boolean screened;
    static boolean scheduled;
    static boolean paid;

    @Test
    @Order(0)
    void setUpThroughTheApi() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String programme = ok(Platform.post(GRANTS, "/api/programmes", "donor1", """
                {"name":"%s","description":"Outreach to the members' clients in the highlands",
                 "donorName":"Whitfield Foundation","currency":"USD","budget":100000.00,"maxGrant":40000.00,
                 "windows":["MEMBER_TRAINING"],"opensOn":"%s","closesOn":"%s",
                 "eligibility":{"requireVerified":false},
                 "rubric":[{"criterion":"Relevance","weight":1.0,"maxScore":10}]}"""
                .formatted(PROGRAMME, today, today.plusMonths(1)))).json().get("id").asText();
        ok(Platform.post(GRANTS, "/api/programmes/" + programme + "/publish", "donor1", "{}"));

        String association = ok(Platform.post(ASSOCIATIONS, "/api/associations", "assoc1", """
                {"name":"%s","acronym":"RCA","country":"BO","region":"LATIN_AMERICA_CARIBBEAN",
                 "legalForm":"Federation","foundedYear":2001,"contactEmail":"info@rca.example"}"""
                .formatted(ASSOCIATION))).json().get("id").asText();
        ok(Platform.post(ASSOCIATIONS, "/api/associations/" + association + "/members", "assoc1",
                "{\"name\":\"Caja Altiplano\",\"country\":\"BO\",\"legalForm\":\"Cooperative\",\"joinedYear\":2008}"));
        // reviewer2 owns the association too, so that assigning them to its application is refused (last step)
        long version = ok(Platform.post(ASSOCIATIONS, "/api/associations/" + association + "/owners", "assoc1",
                "{\"subject\":\"%s\"}".formatted(Platform.subject("reviewer2")))).json().get("version").asLong();
        // grants-service learns of the association and its owners from its events before it takes applications
        await().atMost(FACTS).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Platform.Response facts = Platform.get(GRANTS, "/api/associations/" + association, "pm1");
            assertThat(facts.status()).isEqualTo(200);
            assertThat(facts.json().get("sourceVersion").asLong()).isGreaterThanOrEqualTo(version);
        });
        associationId = association;

        String toScreen = submitted(programme, TO_SCREEN, "20000.00");
        String awarded = submitted(programme, AWARDED, "30000.00");
        ok(Platform.post(GRANTS, "/api/applications/" + awarded + "/screening", "pm1",
                "{\"eligible\":true,\"note\":\"Within scope\"}"));
        ok(Platform.post(GRANTS, "/api/applications/" + awarded + "/reviewers", "pm1",
                "{\"subjects\":[\"%s\"]}".formatted(Platform.subject("reviewer1"))));
        ok(Platform.put(GRANTS, "/api/applications/" + awarded + "/reviews/mine", "reviewer1",
                "{\"conflictOfInterest\":false,\"scores\":[{\"criterion\":\"Relevance\",\"score\":8}],"
                        + "\"comment\":\"Sound plan.\",\"recommendation\":\"AWARD\"}"));
        grantId = ok(Platform.post(GRANTS, "/api/applications/" + awarded + "/decision", "donor1",
                "{\"outcome\":\"AWARD\",\"amount\":30000.00}")).json().get("grantId").asText();
        toScreenId = toScreen;
    }

    @Test
    @Order(1)
    void programManagerScreensASubmittedApplicationANoteRequiredWhenNotEligible() {
        assumeTrue(toScreenId != null, "no submitted application");
        login(pm1, "pm1");
        pm1.waitForText("Waiting for you");
        assertThat(task("Submitted applications to screen")).as("the home page's count").doesNotStartWith("0");
        assertThat(pm1.text(By.cssSelector("nav[aria-label=Main]"))).contains("Screening and review")
                .contains("Grants and tranches").contains("Verification");
        pm1.page("pm-home");

        pm1.clickLink("Submitted applications to screen").waitFor(By.xpath("//h1[normalize-space()='Applications to screen']"));
        // the suite's other classes submit thousands (FaultToleranceTest): this one need not be on the first page
        assertThat(pm1.text(By.cssSelector("table.cards tbody"))).contains("Screen");
        pm1.page("pm-applications-to-screen");

        pm1.open("/manage/applications/" + toScreenId).waitFor(By.xpath("//h1[normalize-space()='" + TO_SCREEN + "']"));
        assertThat(pm1.text(By.cssSelector("section[aria-labelledby=association-h]"))).contains(ASSOCIATION)
                .contains("Latin America and the Caribbean").contains("Not verified yet");
        assertThat(pm1.text(By.cssSelector("section[aria-labelledby=eligibility-h]"))).contains("Rules met");
        assertThat(pm1.text(By.cssSelector("section[aria-labelledby=budget-h]"))).contains("Highland officers")
                .contains("USD 20,000.00");
        assertThat(pm1.text(By.cssSelector("section[aria-labelledby=outcomes-h]"))).contains("Highland members visited");
        pm1.page("pm-application");

        pm1.fill("Not eligible: it is closed", "true");
        pm1.clickButton("Record the screening").waitForText("Please correct the following");
        assertThat(pm1.description("Note")).contains("Say why the application is not eligible.");
        assertThat(pm1.field("Note").getAttribute("aria-invalid")).isEqualTo("true");
        pm1.page("pm-screening-note-required");

        pm1.fill("Eligible: it goes to review", "true").fill("Note", "Complete and within the programme's scope.");
        pm1.clickButton("Record the screening").waitForText("The application was screened as eligible");
        assertThat(pm1.text(By.cssSelector("section[aria-labelledby=facts-h]"))).contains("Under review");
        assertThat(pm1.shows("Record the screening")).isFalse();
        pm1.page("pm-application-screened");
        assertThat(ok(Platform.get(GRANTS, "/api/applications/" + toScreenId, "pm1")).json().get("status").asText())
                .isEqualTo("UNDER_REVIEW");
        screened = true;
    }

    @Test
    @Order(2)
    void programManagerVerifiesTheAssociationAndARevocationNeedsANote() {
        assumeTrue(associationId != null, "no association");
        login(pm1, "pm1");
        pm1.open("/");
        pm1.clickLink("Associations waiting for verification")
                .waitFor(By.xpath("//h1[normalize-space()='Associations waiting for verification']"));
        pm1.fill("Name contains", RUN).submit();
        assertThat(pm1.text(By.cssSelector("table.cards tbody"))).contains(ASSOCIATION).contains("Not verified yet");
        pm1.page("pm-associations-waiting");

        pm1.clickLink(ASSOCIATION).waitFor(By.xpath("//h1[normalize-space()='" + ASSOCIATION + " (RCA)']"));
        assertThat(pm1.text(By.cssSelector("section[aria-labelledby=profile-h]"))).contains("BO").contains("Federation");
        pm1.page("pm-association");
        pm1.fill("What you checked", "Statutes, board minutes and the member list checked.");
        pm1.clickButton("Verify the association").waitForText("The association is verified.");
        assertThat(pm1.text(By.cssSelector("section[aria-labelledby=verification-h]"))).contains("Verified")
                .contains("Statutes, board minutes and the member list checked.");
        pm1.page("pm-association-verified");

        pm1.clickButton("Revoke the verification").waitForText("Please correct the following");
        assertThat(pm1.description("Why you revoke the verification"))
                .contains("Say why you revoke the verification.");
        pm1.page("pm-association-revoke-note-required");
        assertThat(ok(Platform.get(ASSOCIATIONS, "/api/associations/" + associationId, "pm1")).json()
                .get("verified").asBoolean()).as("still verified").isTrue();
    }

    @Test
    @Order(3)
    void programManagerSchedulesTwoTranchesNeverOverTheAward() {
        assumeTrue(grantId != null, "no grant");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        login(pm1, "pm1");
        pm1.open("/");
        pm1.clickLink("Grants and tranches").waitFor(By.xpath("//h1[normalize-space()='Grants and tranches']"));
        pm1.page("pm-grants");
        pm1.clickLink(AWARDED).waitFor(By.xpath("//h1[normalize-space()='" + AWARDED + "']"));
        assertThat(money()).contains("USD 30,000.00").contains("USD 0.00");
        assertThat(pm1.shows("No tranche is scheduled yet.")).isTrue();
        pm1.page("pm-grant-unscheduled");

        pm1.fill("Amount (USD)", "20000").fill("Due date", today.plusMonths(1).toString())
                .fill("Milestone", "Outreach officers hired");
        pm1.clickButton("Schedule the tranche").waitForText("The tranche was scheduled.");
        assertThat(money()).contains("USD 20,000.00").contains("USD 10,000.00");

        pm1.fill("Amount (USD)", "15000").fill("Due date", today.plusMonths(6).toString())
                .fill("Milestone", "Highland members visited");
        pm1.clickButton("Schedule the tranche").waitForText("Please correct the following");
        assertThat(pm1.description("Amount (USD)")).contains("at most USD 10,000.00 is left for this tranche");
        assertThat(pm1.value("Milestone")).isEqualTo("Highland members visited");
        pm1.page("pm-tranche-over-the-award");

        pm1.fill("Amount (USD)", "10000");
        pm1.clickButton("Schedule the tranche").waitForText("The tranche was scheduled.");
        assertThat(money()).contains("USD 30,000.00").doesNotContain("USD 10,000.00");
        assertThat(tranche(1)).contains("USD 20,000.00").contains("Outreach officers hired").contains("Planned")
                .contains("Request the disbursement");
        assertThat(tranche(2)).contains("USD 10,000.00").contains("Waits for its milestone report to be accepted")
                .doesNotContain("Request the disbursement");
        assertThat(pm1.shows("The whole award is scheduled in tranches.")).isTrue();
        pm1.page("pm-grant-scheduled");

        JsonNode tranches = ok(Platform.get(GRANTS, "/api/grants/" + grantId, "pm1")).json().get("tranches");
        assertThat(tranches).hasSize(2);
        firstTrancheId = tranches.get(0).get("id").asText();
        secondTrancheId = tranches.get(1).get("id").asText();
        scheduled = true;
    }

    @Test
    @Order(4)
    void programManagerRequestsTheFirstDisbursementAfterAConfirmation() {
        assumeTrue(scheduled, "no tranches");
        login(pm1, "pm1");
        pm1.open("/manage/grants/" + grantId);
        pm1.clickLink("Request the disbursement")
                .waitFor(By.xpath("//h1[normalize-space()='Request the disbursement of tranche 1']"));
        assertThat(pm1.shows("It cannot be undone")).isTrue();
        pm1.page("pm-request-disbursement");
        pm1.clickButton("Request the disbursement").waitForText("The disbursement was requested.");
        assertThat(tranche(1)).contains("Requested, waiting for the donor's approval").doesNotContain("Change");
        pm1.page("pm-disbursement-requested");
        assertThat(trancheJson(firstTrancheId).get("status").asText()).isEqualTo("REQUESTED");
    }

    @Test
    @Order(5)
    void afterTheDonorsApprovalProgrammeManagerRecordsThePayment() {
        assumeTrue(scheduled, "no tranches");
        ok(Platform.post(GRANTS, "/api/grants/" + grantId + "/tranches/" + firstTrancheId + "/approve", "donor1", "{}"));
        login(pm1, "pm1");
        pm1.open("/");
        assertThat(task("Grants with an approved disbursement: record the payment")).doesNotStartWith("0");
        pm1.clickLink("Grants with an approved disbursement: record the payment")
                .waitFor(By.cssSelector("table.cards tbody"));
        pm1.clickLink(AWARDED).waitFor(By.xpath("//h1[normalize-space()='" + AWARDED + "']"));
        assertThat(tranche(1)).contains("Approved, to pay");
        pm1.clickLink("Record the payment").waitFor(By.xpath("//h1[normalize-space()='Record the payment of tranche 1']"));
        assertThat(pm1.value("Date paid")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        pm1.page("pm-payment");

        pm1.fill("Payment reference", "TX-" + RUN);
        pm1.clickButton("Record the payment").waitForText("The payment was recorded.");
        assertThat(tranche(1)).contains("Paid").contains("reference TX-" + RUN);
        assertThat(money()).contains("USD 20,000.00");
        pm1.page("pm-payment-recorded");
        JsonNode tranche = trancheJson(firstTrancheId);
        assertThat(tranche.get("status").asText()).isEqualTo("PAID");
        assertThat(tranche.get("paymentReference").asText()).isEqualTo("TX-" + RUN);
        paid = true;
    }

    @Test
    @Order(6)
    void programManagerSendsAMilestoneReportBackWithANote() {
        assumeTrue(paid, "no paid first tranche");
        ok(Platform.post(GRANTS, "/api/grants/" + grantId + "/tranches/" + secondTrancheId + "/milestone-report", "assoc1",
                "{\"narrative\":\"Ten of the twelve highland members were visited.\","
                        + "\"indicators\":[{\"name\":\"Highland members visited\",\"actual\":\"10\"}]}"));
        login(pm1, "pm1");
        pm1.open("/");
        assertThat(task("Grants with a milestone report to review")).doesNotStartWith("0");
        pm1.clickLink("Grants with a milestone report to review").waitFor(By.cssSelector("table.cards tbody"));
        pm1.clickLink(AWARDED).waitFor(By.xpath("//h1[normalize-space()='" + AWARDED + "']"));
        assertThat(tranche(2)).contains("Received, to review");
        pm1.clickLink("Review the report").waitFor(By.xpath("//h1[normalize-space()='Milestone report of tranche 2']"));
        assertThat(pm1.text(By.cssSelector("section[aria-labelledby=report-h]")))
                .contains("Ten of the twelve highland members were visited.").contains("Highland members visited")
                .contains("10");
        pm1.page("pm-milestone-report");

        pm1.fill("Send it back to the association", "true");
        pm1.clickButton("Record the review").waitForText("Please correct the following");
        assertThat(pm1.description("Note")).contains("Say why the report is sent back.");
        pm1.page("pm-milestone-report-note-required");

        pm1.fill("Note", "Please add the visit reports of the two remaining members.");
        pm1.clickButton("Record the review").waitForText("The milestone report was sent back to the association");
        assertThat(tranche(2)).contains("Sent back").contains("Please add the visit reports of the two remaining members.");
        pm1.page("pm-milestone-report-returned");
        JsonNode report = trancheJson(secondTrancheId).get("milestoneReport");
        assertThat(report.get("status").asText()).isEqualTo("RETURNED");
        assertThat(report.get("reviewNote").asText()).isEqualTo("Please add the visit reports of the two remaining members.");
    }

    @Test
    @Order(7)
    void theGrantPageInFrench() {
        assumeTrue(scheduled, "no tranches");
        login(pm1, "pm1");
        pm1.open("/manage/grants/" + grantId);
        pm1.clickLink("Français").waitFor(By.xpath("//h2[normalize-space()='Le montant accordé']"));
        try {
            assertThat(money()).contains("Accordé").contains("Prévu en tranches").contains("Reste à planifier");
            assertThat(pm1.text(By.cssSelector("nav[aria-label=Principale]"))).contains("Subventions et tranches");
            assertThat(tranche(1)).contains("Payée");
            assertThat(pm1.shows("Tout le montant accordé est prévu en tranches.")).isTrue();
            pm1.page("pm-grant-fr");
        } finally {
            pm1.clickLink("English").waitFor(By.xpath("//h2[normalize-space()='The award']"));
        }
    }

    @Test
    @Order(8)
    void anApplicantOpeningAProgramManagerPageGetsTheForbiddenPage() {
        login(assoc1, "assoc1");
        assoc1.open("/manage/grants").waitFor(By.xpath("//h1[normalize-space()='You may not do this']"));
        assertThat(assoc1.shows("Grants and tranches")).isFalse();
        assoc1.page("pm-forbidden-to-an-applicant");
    }

    @Test
    @Order(9)
    void programManagerChangesAPlannedTranche() {
        assumeTrue(scheduled, "no tranches");
        login(pm1, "pm1");
        pm1.open("/manage/grants/" + grantId);
        pm1.clickAndWait(By.cssSelector("a[aria-label='Change tranche 2']"))
                .waitFor(By.xpath("//h1[normalize-space()='Change tranche 2']"));
        assertThat(pm1.value("Amount (USD)")).isEqualTo("10000.00");
        assertThat(pm1.description("Amount (USD)")).contains("At most USD 10,000.00");
        pm1.page("pm-tranche-change");

        pm1.fill("Amount (USD)", "8000");
        pm1.clickButton("Save the tranche").waitForText("The tranche was changed.");
        assertThat(tranche(2)).contains("USD 8,000.00");
        assertThat(money()).contains("USD 28,000.00").contains("USD 2,000.00");
        pm1.page("pm-tranche-changed");
        assertThat(trancheJson(secondTrancheId).get("amount").decimalValue()).isEqualByComparingTo("8000.00");
    }

    @Test
    @Order(10)
    void programManagerAssignsReviewersByNameAnOwnerRefusedAndUnassignsOne() {
        assumeTrue(screened, "no screened application");
        login(pm1, "pm1");
        pm1.open("/");
        pm1.clickLink("Applications under review: assign and follow their reviewers")
                .waitFor(By.xpath("//h1[normalize-space()='Applications under review']"));
        pm1.clickAndWait(By.cssSelector("a[aria-label='Reviewers of " + TO_SCREEN + "']"))
                .waitFor(By.xpath("//h1[normalize-space()='Reviewers: " + TO_SCREEN + "']"));
        assertThat(pm1.shows("No reviewer is assigned yet.")).isTrue();
        String rita = "Rita Lindqvist (reviewer1)";
        String ravi = "Ravi Sharma (reviewer2)";
        assertThat(pm1.text(By.xpath("//li[label[normalize-space()='" + rita + "']]")))
                .as("reviewer1's workload, the grant's application reviewed among it").containsPattern("\\d+ open, [1-9]\\d* completed");
        pm1.page("pm-reviewers");

        pm1.fill(rita, "true").fill(ravi, "true");
        pm1.clickButton("Assign the selected reviewers").waitForText("Please correct the following");
        assertThat(pm1.text(By.id("form-errors")))
                .contains(ravi + " is an owner of the applying association and cannot review its application.");
        assertThat(pm1.shows("No reviewer is assigned yet.")).as("nobody assigned").isTrue();
        pm1.page("pm-reviewers-owner-refused");

        pm1.fill(ravi, "false");
        pm1.clickButton("Assign the selected reviewers").waitForText("The reviewers were assigned.");
        String assigned = pm1.text(By.cssSelector("section[aria-labelledby=current-h] tbody"));
        assertThat(assigned).contains(rita).contains("Assigned, not reviewed yet");
        pm1.page("pm-reviewers-assigned");

        pm1.clickButton("Unassign").waitForText("The reviewer was unassigned.");
        assertThat(pm1.shows("No reviewer is assigned yet.")).isTrue();
        pm1.page("pm-reviewer-unassigned");
        assertThat(ok(Platform.get(GRANTS, "/api/applications/" + toScreenId, "pm1")).json().get("reviews")).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private static void login(Browser browser, String user) {
        if (LOGGED_IN.add(browser)) {
            browser.login(user);
        }
    }

    /** assoc1's application on this run's programme for this run's association, submitted through the API; its id. */
    private static String submitted(String programme, String title, String amount) {
        String id = ok(Platform.post(GRANTS, "/api/applications", "assoc1", """
                {"programmeId":"%s","associationId":"%s","title":"%s",
                 "summary":"Hire outreach officers to visit the highland members",
                 "window":"MEMBER_TRAINING","strategies":["MEMBER_CAPACITY"],"requestedAmount":%s,
                 "budgetLines":[{"category":"Staff","description":"Highland officers","amount":%s}],
                 "outcomes":[{"indicator":"Highland members visited","baseline":"0","target":"12"}],
                 "durationMonths":12}""".formatted(programme, associationId, title, amount, amount)))
                .json().get("id").asText();
        ok(Platform.post(GRANTS, "/api/applications/" + id + "/submit", "assoc1", "{}"));
        return id;
    }

    private static Platform.Response ok(Platform.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response;
    }

    /** A line of the home page's "waiting for you", starting with its count. */
    private static String task(String label) {
        return pm1.text(By.xpath("//li[@class='task'][a[normalize-space()='" + label + "']]"));
    }

    /** The grant page's card of the award: awarded, scheduled, left to schedule, paid. */
    private static String money() {
        return pm1.text(By.cssSelector("section[aria-labelledby=money-h]"));
    }

    /** The grant page's row of a tranche. */
    private static String tranche(int sequence) {
        return pm1.text(By.xpath("//section[@aria-labelledby='tranches-h']//tbody/tr[th[normalize-space()='" + sequence + "']]"));
    }

    private static JsonNode trancheJson(String trancheId) {
        return ok(Platform.get(GRANTS, "/api/grants/" + grantId + "/tranches/" + trancheId, "pm1")).json();
    }
}
