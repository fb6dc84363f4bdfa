package org.grantsplatform.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.systemtests.Platform.ASSOCIATIONS;
import static org.grantsplatform.systemtests.Platform.GRANTS;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * The portal's pages that {@link PortalJourneyTest} does not visit, each through the real Keycloak login and
 * {@link Browser#page(String)}: an association's profile form, its owners, a member MFI's form, the capacity
 * self-assessment, a call's page, a draft's form, withdrawing, My applications by status, My grants, a grant with
 * its tranches and a milestone report; and the 403 and 404 pages. What the pages show is set up through the API
 * (a programme, an association with a member, applications, a grant with two tranches, the first one paid), on a
 * platform without demo data. The steps run in order and share what they created.
 */
@ExtendWith(Platform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalPagesTest {

    private static final Duration FACTS = Duration.ofSeconds(90);
    /** Tells this run's records from an earlier run's on the same databases. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String PROGRAMME = "Rural Outreach Fund " + RUN;
    static final String ASSOCIATION = "Federación de Cajas " + RUN;
    static final String AWARDED = "Outreach officers for rural members " + RUN;
    static final String DRAFT = "Member data toolkit " + RUN;
    static final String WITHDRAWN = "Regional conference " + RUN;

    @RegisterExtension
    static final Browser assoc1 = Browser.portal("assoc1");
    @RegisterExtension
    static final Browser reviewer1 = Browser.portal("reviewer1");

    private static final Set<Browser> LOGGED_IN = new HashSet<>();

    static String programmeId;
    static String associationId;
    static String memberId;
    static String awardedId;
    static String draftId;
    static String withdrawnId;
    static String grantId;
    static String secondTrancheId;

    @Test
    @Order(0)
    void setUpThroughTheApi() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Platform.Response programme = Platform.post(GRANTS, "/api/programmes", "donor1", """
                {"name":"%s","description":"Outreach to rural clients of member MFIs",
                 "donorName":"Whitfield Foundation","currency":"USD","budget":100000.00,"maxGrant":40000.00,
                 "windows":["MEMBER_TRAINING","CAPACITY_BUILDING"],"opensOn":"%s","closesOn":"%s",
                 "eligibility":{"requireVerified":false},
                 "rubric":[{"criterion":"Relevance","weight":1.0,"maxScore":10}]}"""
                .formatted(PROGRAMME, today, today.plusMonths(1)));
        assertThat(programme.status()).as(programme.body()).isEqualTo(201);
        String programme1 = programme.json().get("id").asText();
        Platform.Response published = Platform.post(GRANTS, "/api/programmes/" + programme1 + "/publish", "donor1", "{}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        programmeId = programme1;

        Platform.Response association = Platform.post(ASSOCIATIONS, "/api/associations", "assoc1", """
                {"name":"%s","acronym":"FC","country":"BO","region":"LATIN_AMERICA_CARIBBEAN",
                 "legalForm":"Federation","foundedYear":1998,"website":"https://old.fc.example",
                 "contactEmail":"info@fc.example"}""".formatted(ASSOCIATION));
        assertThat(association.status()).as(association.body()).isEqualTo(201);
        String association1 = association.json().get("id").asText();
        Platform.Response member = Platform.post(ASSOCIATIONS, "/api/associations/" + association1 + "/members",
                "assoc1", "{\"name\":\"Caja Rural Sur\",\"country\":\"BO\",\"legalForm\":\"Cooperative\",\"joinedYear\":2009}");
        assertThat(member.status()).as(member.body()).isEqualTo(201);
        memberId = member.json().get("id").asText();
        associationId = association1;

        // grants-service learns of the association from its events before it takes applications for it
        await().atMost(FACTS).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(Platform.get(GRANTS, "/api/associations/" + associationId, "pm1").status()).isEqualTo(200));
        awardedId = draft(AWARDED);
        draftId = draft(DRAFT);
        withdrawnId = draft(WITHDRAWN);
    }

    @Test
    @Order(1)
    void applicantEditsTheAssociationsProfile() {
        assumeTrue(associationId != null, "no association");
        login(assoc1, "assoc1");
        assoc1.open("/associations/" + associationId).waitForText("Owners");
        assoc1.clickLink("Edit the profile").waitFor(By.xpath("//h1[starts-with(normalize-space(), 'Edit the profile of')]"));
        assertThat(assoc1.value("Website")).isEqualTo("https://old.fc.example");
        assoc1.page("applicant-association-edit");
        assoc1.fill("Website", "https://www.fc.example");
        assoc1.clickButton("Save the profile").waitForText("The profile was saved.");
        assertThat(assoc1.text(By.cssSelector("section[aria-labelledby=profile-h]"))).contains("https://www.fc.example");
        assoc1.page("applicant-association-saved");
    }

    @Test
    @Order(2)
    void applicantAddsAnOwnerByTheirUserName() {
        assumeTrue(associationId != null, "no association");
        String assoc2 = Platform.subject("assoc2");
        login(assoc1, "assoc1");
        assoc1.open("/associations/" + associationId).waitForText("Add an owner");
        assoc1.fill("User name or e-mail of the new owner", "nobody-" + RUN);
        assoc1.clickButton("Add the owner").waitFor(By.id("user-error"));
        assertThat(assoc1.field("User name or e-mail of the new owner").getAttribute("aria-invalid")).isEqualTo("true");
        assoc1.fill("User name or e-mail of the new owner", "assoc2");
        assoc1.clickButton("Add the owner").waitForText("The owner was added.");
        // owners by the names the user directory gives them, never by their subject
        assertThat(assoc1.text(By.cssSelector("ul.owners"))).contains("Amara Njoroge (assoc2)")
                .contains("Ana Castillo (assoc1) (you)").doesNotContain(assoc2);
        assoc1.page("applicant-association-owners");
    }

    @Test
    @Order(3)
    void applicantRenamesAMemberMfi() {
        assumeTrue(memberId != null, "no member MFI");
        login(assoc1, "assoc1");
        assoc1.open("/associations/" + associationId + "/members").waitForText("Caja Rural Sur");
        assoc1.clickLink("Caja Rural Sur").waitFor(By.xpath("//h1[normalize-space()='Edit Caja Rural Sur']"));
        assoc1.page("applicant-member-edit");
        assoc1.fill("Name", "Caja Rural del Sur");
        assoc1.clickButton("Save the member MFI").waitForText("Caja Rural del Sur was saved.");
        assertThat(assoc1.text(By.cssSelector("table.cards tbody"))).contains("Caja Rural del Sur");
        assoc1.page("applicant-member-saved");
    }

    @Test
    @Order(4)
    void applicantAssessesTheAssociationsCapacity() {
        assumeTrue(associationId != null, "no association");
        login(assoc1, "assoc1");
        assoc1.open("/associations/" + associationId);
        assoc1.clickLink("Capacity self-assessment").waitForText("The association has not assessed its capacity yet.");
        assoc1.page("applicant-capacity-empty");
        assoc1.fill("Interest in promoting social performance among members", "High")
                .fill("Member capacity", "true")
                .fill("Collects SP data from its members", "true")
                .fill("Member training", "true")
                .fill("Notes", "Two staff trained in SPM last year.");
        assoc1.clickButton("Save the self-assessment").waitForText("The self-assessment was saved.");
        assertThat(assoc1.text(By.cssSelector("section[aria-labelledby=current-h]")))
                .contains("High").contains("Member capacity").contains("Collects SP data from its members")
                .contains("Member training").contains("Two staff trained in SPM last year.");
        assoc1.page("applicant-capacity");
    }

    @Test
    @Order(5)
    void applicantOpensACall() {
        assumeTrue(programmeId != null, "no programme");
        login(assoc1, "assoc1");
        assoc1.open("/calls/" + programmeId).waitFor(By.xpath("//h1[normalize-space()='" + PROGRAMME + "']"));
        assertThat(assoc1.shows("How applications are scored")).isTrue();
        assertThat(assoc1.text(By.cssSelector("section[aria-labelledby=yours-h]"))).contains(ASSOCIATION);
        assoc1.page("applicant-call");
    }

    @Test
    @Order(6)
    void applicantRenamesADraft() {
        assumeTrue(draftId != null, "no draft");
        login(assoc1, "assoc1");
        assoc1.open("/applications/" + draftId + "/edit").waitFor(By.xpath("//h1[normalize-space()='Edit the draft']"));
        assertThat(assoc1.value("Title")).isEqualTo(DRAFT);
        assoc1.page("applicant-draft-edit");
        assoc1.fill("Title", DRAFT + " v2");
        assoc1.clickButton("Save draft").waitForText("Your draft was saved.");
        assertThat(assoc1.text("h1")).isEqualTo(DRAFT + " v2");
        assertThat(Platform.get(GRANTS, "/api/applications/" + draftId, "assoc1").json().get("title").asText())
                .isEqualTo(DRAFT + " v2");
    }

    @Test
    @Order(7)
    void applicantWithdrawsASecondDraftAfterAConfirmation() {
        assumeTrue(withdrawnId != null, "no second draft");
        login(assoc1, "assoc1");
        assoc1.open("/applications/" + withdrawnId).waitForText(WITHDRAWN);
        assoc1.clickLink("Withdraw").waitFor(By.xpath("//h1[normalize-space()='Withdraw the application']"));
        assertThat(assoc1.shows("This cannot be undone.")).isTrue();
        assoc1.page("applicant-withdraw");
        assoc1.fill("Why you withdraw it (optional, kept in its history)", "The conference was cancelled.");
        assoc1.clickButton("Withdraw the application").waitForText("Your application was withdrawn.");
        assertThat(assoc1.text(By.cssSelector("section[aria-labelledby=facts-h] dl.facts"))).contains("Withdrawn");
        assoc1.page("applicant-withdrawn");
    }

    @Test
    @Order(8)
    void applicantFiltersMyApplicationsByStatus() {
        assumeTrue(withdrawnId != null, "no applications");
        login(assoc1, "assoc1");
        assoc1.open("/applications").waitFor(By.xpath("//h1[normalize-space()='My applications']"));
        assoc1.fill("Status", "Withdrawn");
        assoc1.clickButton("Show").waitForText("Applications of your associations, withdrawn.");
        String rows = assoc1.text(By.cssSelector("table.cards tbody"));
        assertThat(rows).contains(WITHDRAWN).doesNotContain(DRAFT).doesNotContain(AWARDED);
        assertThat(assoc1.url()).contains("status=WITHDRAWN");
        assoc1.page("applicant-applications-withdrawn");
    }

    @Test
    @Order(9)
    void theApplicationIsAwardedAndTheFirstTranchePaidThroughTheApi() {
        assumeTrue(awardedId != null, "no application to award");
        ok(Platform.post(GRANTS, "/api/applications/" + awardedId + "/submit", "assoc1", "{}"));
        ok(Platform.post(GRANTS, "/api/applications/" + awardedId + "/screening", "pm1",
                "{\"eligible\":true,\"note\":\"Within scope\"}"));
        ok(Platform.post(GRANTS, "/api/applications/" + awardedId + "/reviewers", "pm1",
                "{\"subjects\":[\"%s\"]}".formatted(Platform.subject("reviewer1"))));
        ok(Platform.put(GRANTS, "/api/applications/" + awardedId + "/reviews/mine", "reviewer1",
                "{\"conflictOfInterest\":false,\"scores\":[{\"criterion\":\"Relevance\",\"score\":8}],"
                        + "\"comment\":\"Sound plan.\",\"recommendation\":\"AWARD\"}"));
        Platform.Response decided = ok(Platform.post(GRANTS, "/api/applications/" + awardedId + "/decision", "donor1",
                "{\"outcome\":\"AWARD\",\"amount\":30000.00}"));
        String grant = decided.json().get("grantId").asText();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String first = ok(Platform.post(GRANTS, "/api/grants/" + grant + "/tranches", "pm1",
                "{\"amount\":15000.00,\"dueDate\":\"%s\",\"milestone\":\"Officers hired\"}".formatted(today)))
                .json().get("id").asText();
        String second = ok(Platform.post(GRANTS, "/api/grants/" + grant + "/tranches", "pm1",
                "{\"amount\":15000.00,\"dueDate\":\"%s\",\"milestone\":\"Rural members visited\"}"
                        .formatted(today.plusMonths(6)))).json().get("id").asText();
        String tranche = "/api/grants/" + grant + "/tranches/" + first;
        ok(Platform.post(GRANTS, tranche + "/disbursement-request", "pm1", "{}"));
        ok(Platform.post(GRANTS, tranche + "/approve", "donor1", "{}"));
        ok(Platform.post(GRANTS, tranche + "/payment", "pm1",
                "{\"paidOn\":\"%s\",\"reference\":\"TX-%s\"}".formatted(today, RUN)));

        Platform.Response due = ok(Platform.get(GRANTS, "/api/grants/" + grant + "/tranches/" + second, "assoc1"));
        assertThat(due.json().get("milestoneReportDue").asBoolean()).as(due.body()).isTrue();
        grantId = grant;
        secondTrancheId = second;
    }

    @Test
    @Order(10)
    void applicantSeesMyGrantsAndTheGrantWithItsTranches() {
        assumeTrue(grantId != null, "no grant");
        login(assoc1, "assoc1");
        assoc1.open("/");
        assoc1.clickLink("My grants").waitFor(By.xpath("//h1[normalize-space()='My grants']"));
        assertThat(assoc1.text(By.cssSelector("table.cards tbody"))).contains(AWARDED).contains(PROGRAMME);
        assoc1.page("applicant-grants");
        assoc1.clickLink(AWARDED).waitForText("Tranches");
        assertThat(assoc1.url()).endsWith("/grants/" + grantId);
        assertThat(assoc1.text(By.cssSelector("section[aria-labelledby=facts-h]")))
                .contains("USD 30,000.00").contains("USD 15,000.00");
        String tranches = assoc1.text(By.cssSelector("section[aria-labelledby=tranches-h] tbody"));
        assertThat(tranches).contains("Officers hired").contains("Rural members visited").contains("Paid");
        assoc1.waitFor(writeTheReport());
        assoc1.page("applicant-grant");
    }

    @Test
    @Order(11)
    void applicantSendsTheMilestoneReportOfTheSecondTranche() {
        assumeTrue(grantId != null, "no grant");
        login(assoc1, "assoc1");
        assoc1.open("/grants/" + grantId);
        assoc1.clickAndWait(writeTheReport()).waitFor(By.xpath("//h1[normalize-space()='Milestone report']"));
        assertThat(assoc1.text(By.cssSelector("dl.facts"))).contains("Rural members visited").contains("Not sent yet");
        assoc1.page("applicant-milestone-report");
        assoc1.fill("What was achieved for this milestone", "All twelve rural members were visited.")
                .fill("Name of indicator 1", "Rural members visited")
                .fill("Actual value of indicator 1", "12");
        assoc1.clickButton("Send the report").waitForText("Your milestone report was sent.");
        String second = assoc1.text(By.xpath("//section[@aria-labelledby='tranches-h']//tbody/tr[th[normalize-space()='2']]"));
        assertThat(second).contains("Submitted, waiting for review").doesNotContain("Write the report");
        assoc1.page("applicant-milestone-report-sent");
        Platform.Response tranche = ok(Platform.get(GRANTS, "/api/grants/" + grantId + "/tranches/" + secondTrancheId, "assoc1"));
        assertThat(tranche.json().at("/milestoneReport/status").asText()).isEqualTo("SUBMITTED");
        assertThat(tranche.json().at("/milestoneReport/indicators/0/actual").asText()).isEqualTo("12");
    }

    @Test
    @Order(12)
    void aReviewerOpeningAnApplicantPageGetsTheForbiddenPageWithTheNavigation() {
        login(reviewer1, "reviewer1");
        reviewer1.open("/associations/new").waitFor(By.xpath("//h1[normalize-space()='You may not do this']"));
        assertThat(reviewer1.shows("Register an association")).isFalse();
        assertThat(reviewer1.text(By.cssSelector("nav[aria-label=Main]"))).contains("My reviews");
        assertThat(reviewer1.shows("Log out")).isTrue();
        reviewer1.page("reviewer-forbidden");
    }

    @Test
    @Order(13)
    void anUnknownApplicationGivesTheNotFoundPage() {
        login(assoc1, "assoc1");
        assoc1.open("/applications/" + UUID.randomUUID()).waitFor(By.xpath("//h1[normalize-space()='Not found']"));
        assertThat(assoc1.text(By.cssSelector("nav[aria-label=Main]"))).contains("My applications");
        assoc1.page("applicant-unknown-application");
    }

    // ------------------------------------------------------------------ helpers

    private static void login(Browser browser, String user) {
        if (LOGGED_IN.add(browser)) {
            browser.login(user);
        }
    }

    /** assoc1's draft on this run's programme for this run's association, through the API; its id. */
    private static String draft(String title) {
        Platform.Response created = Platform.post(GRANTS, "/api/applications", "assoc1", """
                {"programmeId":"%s","associationId":"%s","title":"%s",
                 "summary":"Hire and train outreach officers for the rural members",
                 "window":"MEMBER_TRAINING","strategies":["MEMBER_CAPACITY"],"requestedAmount":30000.00,
                 "budgetLines":[{"category":"Staff","description":"Two outreach officers","amount":30000.00}],
                 "outcomes":[{"indicator":"Rural members visited","baseline":"0","target":"12"}],
                 "durationMonths":12}""".formatted(programmeId, associationId, title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static Platform.Response ok(Platform.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response;
    }

    /** The grant page's link to the second tranche's milestone report. */
    private static By writeTheReport() {
        return By.cssSelector("a[href$='/tranches/" + secondTrancheId + "/report']");
    }
}
