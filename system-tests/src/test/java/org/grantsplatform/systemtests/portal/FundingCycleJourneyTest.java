package org.grantsplatform.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.systemtests.Platform.GRANTS;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * The whole funding cycle of DOMAIN.md in the browser, one programme carried across the five roles, each user in a
 * headless Chromium of their own through the real Keycloak login: no id typed, no JSON seen. donor1 drafts and
 * publishes a programme for verified associations; assoc1 registers an association with a member and its SP report;
 * pm1 verifies it; assoc1 applies and submits; pm1 finds the application by its programme, screens it and assigns two
 * reviewers picked by name; both score it; donor1 awards it; pm1 schedules two tranches, changes one and requests the
 * first disbursement; donor1 approves it; pm1 records the payment; assoc1 sends the second tranche's milestone report
 * and pm1 accepts it; donor1's portfolio and the admin's shows what was committed and paid; the donor reads the
 * programme in French, and every role's home page is shown in French and in English. The API is used only to wait for the events between services and to check the outcome. The
 * steps run in order and share what they created; a step whose predecessor failed is skipped.
 */
@ExtendWith(Platform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FundingCycleJourneyTest {

    private static final Duration EVENTS = Duration.ofSeconds(90);
    /** Tells this run's records from the suite's other classes' on the same databases. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String PROGRAMME = "Social Performance Champions Fund " + RUN;
    static final String ASSOCIATION = "Network of Andean Microfinance " + RUN;
    static final String ACRONYM = "NAM";
    static final String TITLE = "SPM officers for the network " + RUN;
    static final String RITA = "Rita Lindqvist (reviewer1)";
    static final String RAVI = "Ravi Sharma (reviewer2)";

    @RegisterExtension
    static final Browser donor1 = Browser.portal("donor1");
    @RegisterExtension
    static final Browser assoc1 = Browser.portal("assoc1");
    @RegisterExtension
    static final Browser pm1 = Browser.portal("pm1");
    @RegisterExtension
    static final Browser reviewer1 = Browser.portal("reviewer1");
    @RegisterExtension
    static final Browser reviewer2 = Browser.portal("reviewer2");
    @RegisterExtension
    static final Browser admin1 = Browser.portal("admin1");

    private static final Set<Browser> LOGGED_IN = new HashSet<>();

    /** What each step found in the pages' addresses, for the next steps' checks through the API. */
    static String programmeId;
    static String associationId;
    static String applicationId;
    static String grantId;
    static boolean verified;
    static boolean reviewed;
    static boolean scheduled;
    static boolean paid;

    @Test
    @Order(1)
    void donorDraftsAndPublishesAProgrammeForVerifiedAssociations() {
        login(donor1, "donor1");
        donor1.clickLink("My programmes").waitFor(By.xpath("//h1[normalize-space()='My programmes']"));
        donor1.clickLink("Create a programme").waitFor(By.xpath("//h1[normalize-space()='New programme']"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        donor1.fill("Name", PROGRAMME)
                .fill("Description", "Social performance management officers in the associations.")
                .fill("Donor organisation", "Whitfield Foundation")
                .fill("Social performance management officer", "true")
                .fill("Opens on", today.toString())
                .fill("Closes on", today.plusMonths(2).toString())
                .fill("Currency", "USD – US Dollar")
                .fill("Budget", "200000")
                .fill("Largest single grant", "50000")
                .fill("Only associations verified by a program manager may apply", "true")
                .fill("Name of criterion 1", "Relevance")
                .fill("Weight of criterion 1", "1")
                .fill("Maximum score of criterion 1", "10");
        donor1.clickButton("Save the draft").waitForText("Your draft programme was saved.");
        programmeId = idAfter(donor1.url(), "/programmes/");
        donor1.clickLink("Publish…").waitFor(By.xpath("//h1[normalize-space()='Publish the programme']"));
        donor1.clickButton("Publish the programme").waitForText("The programme is published");
        assertThat(donor1.text(By.cssSelector("section[aria-labelledby=facts-h] dl.facts"))).contains("Open")
                .contains("USD 200,000.00");
        donor1.page("journey-donor-published");
    }

    @Test
    @Order(2)
    void applicantRegistersAnAssociationWithAMemberAndItsReport() {
        login(assoc1, "assoc1");
        assoc1.clickLink("My associations").waitFor(By.xpath("//h1[normalize-space()='My associations']"));
        assoc1.clickLink("Register an association").waitForText("You become its first owner.");
        assoc1.fill("Name", ASSOCIATION).fill("Acronym", ACRONYM).fill("Country", "EC")
                .fill("Region", "Latin America and the Caribbean").fill("Legal form", "Non-profit association")
                .fill("Year founded", "2000").fill("Contact e-mail", "info@nam.example");
        assoc1.clickButton("Register the association").waitForText("The association is registered and you are its owner.");
        associationId = idAfter(assoc1.url(), "/associations/");

        assoc1.clickLink("Member MFIs").waitForText("No member MFI is listed yet.");
        assoc1.clickLink("Add a member MFI").waitFor(By.xpath("//h1[starts-with(normalize-space(), 'Add a member MFI')]"));
        assoc1.fill("Name", "Cooperativa Progreso").fill("Country", "EC").fill("Legal form", "Cooperative")
                .fill("Year joined", "2009");
        assoc1.clickButton("Add the member MFI").waitForText("Cooperativa Progreso was added.");
        int year = Year.now(ZoneOffset.UTC).getValue();
        assoc1.clickLink("Social-performance reports of the members")
                .waitForText("No member MFI has reported social-performance data for " + year + " yet.");
        assoc1.clickLink("Cooperativa Progreso").waitForText("Cooperativa Progreso: social-performance report " + year);
        assoc1.fill("Active borrowers", "21000").fill("Women borrowers (%)", "71").fill("Rural borrowers (%)", "55");
        assoc1.clickButton("Save the report").waitForText("The " + year + " report of Cooperativa Progreso was saved.");
        assoc1.page("journey-applicant-sp-report");
    }

    @Test
    @Order(3)
    void programManagerVerifiesTheAssociation() {
        assumeTrue(associationId != null, "no association");
        login(pm1, "pm1");
        pm1.open("/");
        pm1.clickLink("Associations waiting for verification")
                .waitFor(By.xpath("//h1[normalize-space()='Associations waiting for verification']"));
        pm1.fill("Name contains", RUN).submit();
        pm1.clickLink(ASSOCIATION).waitFor(By.xpath("//h1[normalize-space()='" + ASSOCIATION + " (" + ACRONYM + ")']"));
        pm1.fill("What you checked", "Statutes, audited accounts and the member list checked.");
        pm1.clickButton("Verify the association").waitForText("The association is verified.");
        pm1.page("journey-pm-verified");
        // grants-service learns of the verification from associations-service's events
        await().atMost(EVENTS).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                Platform.get(GRANTS, "/api/associations/" + associationId, "pm1").json().path("verified").asBoolean())
                .isTrue());
        verified = true;
    }

    @Test
    @Order(4)
    void applicantAppliesToTheProgrammeAndSubmits() {
        assumeTrue(verified && programmeId != null, "no verified association or no programme");
        login(assoc1, "assoc1");
        assoc1.open("/");
        assoc1.clickLink("Open calls").waitFor(By.xpath("//h1[normalize-space()='Open calls']"));
        String standing = "//article[.//h2/a[normalize-space()='" + PROGRAMME + "']]//ul[@class='standings']/li[strong["
                + "normalize-space()='" + ASSOCIATION + " (" + ACRONYM + ")']]";
        pageUntil(assoc1, By.xpath(standing));
        assertThat(assoc1.text(By.xpath(standing))).contains("your association qualifies");
        assoc1.clickAndWait(By.xpath(standing + "//a[normalize-space()='Apply']"))
                .waitFor(By.xpath("//h1[normalize-space()='New application']"));
        assoc1.fill("Title", TITLE)
                .fill("Summary", "Hire and train a social performance management officer for the network.")
                .fill("Funding window", "Social performance management officer")
                .fill("Member capacity", "true")
                .fill("Requested amount", "30000")
                .fill("Category of budget line 1", "Staff")
                .fill("Description of budget line 1", "SPM officer, one year")
                .fill("Amount of budget line 1", "30000")
                .fill("Indicator of outcome 1", "Members reporting SP data")
                .fill("Baseline of outcome 1", "1")
                .fill("Target of outcome 1", "8")
                .fill("Duration in months", "12");
        assoc1.clickButton("Save draft").waitForText("Your draft was saved.");
        applicationId = idAfter(assoc1.url(), "/applications/");
        assoc1.clickButton("Submit the application").waitForText("Your application was submitted.");
        assoc1.page("journey-applicant-submitted");
    }

    @Test
    @Order(5)
    void programManagerFindsItByProgrammeScreensItAndAssignsTwoReviewersByName() {
        assumeTrue(applicationId != null, "no submitted application");
        login(pm1, "pm1");
        pm1.open("/");
        pm1.clickLink("Submitted applications to screen").waitFor(By.xpath("//h1[normalize-space()='Applications to screen']"));
        pm1.fill("Programme", PROGRAMME).submit();
        assertThat(pm1.text(By.cssSelector("table.cards tbody"))).contains(TITLE).contains(ASSOCIATION);
        pm1.page("journey-pm-to-screen-of-a-programme");
        pm1.clickLink(TITLE).waitFor(By.xpath("//h1[normalize-space()='" + TITLE + "']"));
        pm1.fill("Eligible: it goes to review", "true").fill("Note", "Complete, within scope, association verified.");
        pm1.clickButton("Record the screening").waitForText("The application was screened as eligible");

        pm1.clickLink("Assign reviewers").waitFor(By.xpath("//h1[normalize-space()='Reviewers: " + TITLE + "']"));
        pm1.fill(RITA, "true").fill(RAVI, "true");
        pm1.clickButton("Assign the selected reviewers").waitForText("The reviewers were assigned.");
        assertThat(pm1.text(By.cssSelector("section[aria-labelledby=current-h] tbody"))).contains(RITA).contains(RAVI);
        pm1.page("journey-pm-reviewers-assigned");

        // a user name where a subject belongs is refused by name, not accepted to match no one
        Platform.Response byName = Platform.post(GRANTS, "/api/applications/" + applicationId + "/reviewers", "pm1",
                "{\"subjects\":[\"reviewer1\"]}");
        assertThat(byName.status()).as(byName.body()).isEqualTo(422);
        assertThat(byName.body()).contains("reviewer1");
    }

    @Test
    @Order(6)
    void bothReviewersScoreIt() {
        assumeTrue(applicationId != null, "no application under review");
        score(reviewer1, "reviewer1", "8", "A clear plan; the officer's role is well defined.");
        score(reviewer2, "reviewer2", "6", "Sound, though the targets are modest.");
        reviewed = true;
    }

    @Test
    @Order(7)
    void donorAwardsItFromTheRanking() {
        assumeTrue(reviewed, "not reviewed");
        login(donor1, "donor1");
        openProgramme();
        donor1.clickLink("Applications, ranked").waitFor(By.xpath("//h1[normalize-space()='Applications, ranked']"));
        assertThat(donor1.text(By.cssSelector("ol.ranking"))).contains(TITLE).contains("70")
                .contains("reviewer1: scored 80").contains("reviewer2: scored 60");
        donor1.clickAndWait(By.xpath("//ol[@class='ranking']//a[contains(@class,'button')][starts-with(normalize-space(),"
                + "'Decide')]")).waitFor(By.xpath("//h1[normalize-space()='" + TITLE + "']"));
        assertThat(donor1.value("Amount to award (USD)")).isEqualTo("30000.00");
        donor1.clickButton("Award the grant").waitForText("was awarded USD 30,000.00");
        donor1.page("journey-donor-awarded");
        JsonNode awarded = Platform.get(GRANTS, "/api/applications/" + applicationId, "donor1").json();
        assertThat(awarded.get("status").asText()).isEqualTo("AWARDED");
        grantId = awarded.get("grantId").asText();
    }

    @Test
    @Order(8)
    void programManagerSchedulesTwoTranchesChangesOneAndRequestsTheFirstDisbursement() {
        assumeTrue(grantId != null, "no grant");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        login(pm1, "pm1");
        pm1.open("/");
        pm1.clickLink("Grants and tranches").waitFor(By.xpath("//h1[normalize-space()='Grants and tranches']"));
        openGrant();
        pm1.fill("Amount (USD)", "20000").fill("Due date", today.toString()).fill("Milestone", "Officer hired");
        pm1.clickButton("Schedule the tranche").waitForText("The tranche was scheduled.");
        pm1.fill("Amount (USD)", "8000").fill("Due date", today.plusMonths(6).toString())
                .fill("Milestone", "Members' SP data collected");
        pm1.clickButton("Schedule the tranche").waitForText("The tranche was scheduled.");
        assertThat(pm1.text(By.cssSelector("section[aria-labelledby=money-h]"))).contains("USD 2,000.00");

        pm1.clickAndWait(By.cssSelector("a[aria-label='Change tranche 2']"))
                .waitFor(By.xpath("//h1[normalize-space()='Change tranche 2']"));
        pm1.fill("Amount (USD)", "10000");
        pm1.clickButton("Save the tranche").waitForText("The tranche was changed.");
        assertThat(tranche(2)).contains("USD 10,000.00");
        assertThat(pm1.shows("The whole award is scheduled in tranches.")).isTrue();

        pm1.clickLink("Request the disbursement")
                .waitFor(By.xpath("//h1[normalize-space()='Request the disbursement of tranche 1']"));
        pm1.clickButton("Request the disbursement").waitForText("The disbursement was requested.");
        assertThat(tranche(1)).contains("Requested, waiting for the donor's approval");
        pm1.page("journey-pm-requested");
        scheduled = true;
    }

    @Test
    @Order(9)
    void donorApprovesTheDisbursement() {
        assumeTrue(scheduled, "no requested disbursement");
        login(donor1, "donor1");
        donor1.open("/");
        donor1.clickLink("Grants with a disbursement waiting for your approval")
                .waitFor(By.xpath("//h1[normalize-space()='Disbursements waiting for my approval']"));
        By approve = By.xpath("//table[contains(@class,'cards')]//tr[contains(normalize-space(),'" + TITLE + "')]"
                + "//a[contains(@class,'button')]");
        pageUntil(donor1, approve);
        donor1.clickAndWait(approve).waitFor(By.xpath("//h1[normalize-space()='Approve the disbursement']"));
        assertThat(donor1.shows("USD 20,000.00")).isTrue();
        donor1.clickButton("Approve the disbursement").waitForText("was approved");
        donor1.page("journey-donor-approved");
    }

    @Test
    @Order(10)
    void programManagerRecordsThePayment() {
        assumeTrue(scheduled, "no approved disbursement");
        login(pm1, "pm1");
        pm1.open("/");
        pm1.clickLink("Grants with an approved disbursement: record the payment").waitFor(By.cssSelector("table.cards tbody"));
        openGrant();
        assertThat(tranche(1)).contains("Approved, to pay");
        pm1.clickLink("Record the payment").waitFor(By.xpath("//h1[normalize-space()='Record the payment of tranche 1']"));
        pm1.fill("Payment reference", "WIRE-" + RUN);
        pm1.clickButton("Record the payment").waitForText("The payment was recorded.");
        assertThat(tranche(1)).contains("Paid").contains("reference WIRE-" + RUN);
        pm1.page("journey-pm-paid");
        paid = true;
    }

    @Test
    @Order(11)
    void applicantSendsTheSecondMilestoneReportAndTheProgramManagerAcceptsIt() {
        assumeTrue(paid, "first tranche not paid");
        login(assoc1, "assoc1");
        assoc1.open("/");
        assoc1.clickLink("My grants").waitFor(By.xpath("//h1[normalize-space()='My grants']"));
        pageUntil(assoc1, By.linkText(TITLE));
        assoc1.clickLink(TITLE).waitForText("Tranches");
        assertThat(assoc1.text(By.cssSelector("section[aria-labelledby=facts-h]"))).contains("USD 30,000.00")
                .contains("USD 20,000.00");
        assoc1.clickAndWait(By.cssSelector("a[aria-label='Write the report on tranche 2']"))
                .waitFor(By.xpath("//h1[normalize-space()='Milestone report']"));
        assoc1.fill("What was achieved for this milestone", "Seven of the eight members now report SP data.")
                .fill("Name of indicator 1", "Members reporting SP data").fill("Actual value of indicator 1", "7");
        assoc1.clickButton("Send the report").waitForText("Your milestone report was sent.");
        assoc1.page("journey-applicant-report-sent");

        login(pm1, "pm1");
        pm1.open("/");
        pm1.clickLink("Grants with a milestone report to review").waitFor(By.cssSelector("table.cards tbody"));
        openGrant();
        pm1.clickLink("Review the report").waitFor(By.xpath("//h1[normalize-space()='Milestone report of tranche 2']"));
        assertThat(pm1.shows("Seven of the eight members now report SP data.")).isTrue();
        pm1.fill("Accept the report", "true");
        pm1.clickButton("Record the review").waitForText("The milestone report was accepted.");
        assertThat(tranche(2)).contains("Accepted");
        pm1.page("journey-pm-report-accepted");
    }

    @Test
    @Order(12)
    void theDonorsPortfolioAndTheAdminsShowWhatWasCommittedAndPaid() {
        assumeTrue(paid, "nothing paid");
        login(donor1, "donor1");
        donor1.open("/");
        donor1.clickLink("Reports").waitFor(By.xpath("//h1[normalize-space()='Reports']"));
        donor1.clickLink("Portfolio").waitFor(By.xpath("//h1[normalize-space()='Portfolio']"));
        By row = By.xpath("//table[contains(@class,'cards')]//tr[th[normalize-space()='" + PROGRAMME + "']]");
        // reporting-service follows the events: the page shows the payment once it has applied them
        await().atMost(EVENTS).pollInterval(Duration.ofSeconds(2)).until(() -> {
            donor1.open("/reports/portfolio");
            return onSomePage(donor1, row) && donor1.text(row).contains("USD 20,000.00");
        });
        assertThat(donor1.text(row)).contains("USD 30,000.00").contains("USD 20,000.00").contains("USD 10,000.00");
        donor1.page("journey-donor-portfolio");

        login(admin1, "admin1");
        admin1.clickLink("Read model").waitFor(By.xpath("//h1[normalize-space()='Read model']"));
        admin1.page("journey-admin-read-model");
        admin1.open("/reports/portfolio").waitFor(By.xpath("//h1[normalize-space()='Portfolio']"));
        pageUntil(admin1, row);
        assertThat(admin1.text(row)).contains("USD 30,000.00").contains("USD 20,000.00");
    }

    @Test
    @Order(13)
    void theDonorReadsTheProgrammeInFrench() {
        assumeTrue(grantId != null, "no grant");
        login(donor1, "donor1");
        openProgramme();
        donor1.clickLink("Français").waitFor(By.xpath("//h1[normalize-space()='" + PROGRAMME + "']"));
        try {
            String facts = donor1.text(By.cssSelector("section[aria-labelledby=facts-h] dl.facts"))
                    .replaceAll("[\\s\\u00a0\\u202f]", " ");
            assertThat(facts).contains("Ouvert").contains("USD 200 000,00");
            assertThat(donor1.text(By.cssSelector("nav[aria-label=Principale]"))).contains("Mes programmes");
            donor1.page("journey-donor-programme-fr");
        } finally {
            donor1.clickLink("English").waitFor(By.cssSelector("nav[aria-label=Main]"));
        }
    }

    @Test
    @Order(14)
    void everyRolesHomePageInFrenchAndInEnglish() {
        Map<String, Browser> roles = new LinkedHashMap<>();
        roles.put("applicant", assoc1);
        roles.put("reviewer", reviewer1);
        roles.put("donor", donor1);
        roles.put("pm", pm1);
        roles.put("admin", admin1);
        Map<Browser, String> users = Map.of(assoc1, "assoc1", reviewer1, "reviewer1", donor1, "donor1", pm1, "pm1",
                admin1, "admin1");
        roles.forEach((role, b) -> {
            login(b, users.get(b));
            b.open("/").waitFor(By.cssSelector("nav[aria-label=Main]"));
            b.page("journey-" + role + "-home");
            b.clickLink("Français").waitFor(By.cssSelector("nav[aria-label=Principale]"));
            try {
                assertThat(b.text(By.cssSelector("nav[aria-label=Principale]"))).contains("Accueil");
                b.page("journey-" + role + "-home-fr");
            } finally {
                b.clickLink("English").waitFor(By.cssSelector("nav[aria-label=Main]"));
            }
        });
    }

    // ------------------------------------------------------------------ helpers

    private static void login(Browser browser, String user) {
        if (LOGGED_IN.add(browser)) {
            browser.login(user);
        }
    }

    /** A reviewer opens the application from their queue, scores the one criterion and recommends an award. */
    private static void score(Browser reviewer, String user, String score, String comment) {
        login(reviewer, user);
        reviewer.open("/");
        reviewer.clickLink("Applications waiting for your review").waitFor(By.cssSelector("table.cards tbody"));
        pageUntil(reviewer, By.linkText(TITLE));
        reviewer.clickLink(TITLE).waitForText("Scores against the rubric");
        reviewer.fill("Relevance", score).fill("Recommendation", "Award").fill("Comment for the donor", comment);
        reviewer.clickButton("Submit the review").waitForText("Your review was saved.");
        reviewer.page("journey-" + user + "-reviewed");
    }

    /** donor1 opens this run's programme from My programmes. */
    private static void openProgramme() {
        donor1.open("/");
        donor1.clickLink("My programmes").waitFor(By.xpath("//h1[normalize-space()='My programmes']"));
        pageUntil(donor1, By.linkText(PROGRAMME));
        donor1.clickLink(PROGRAMME).waitFor(By.xpath("//h1[normalize-space()='" + PROGRAMME + "']"));
    }

    /** pm1 opens this run's grant from the list on screen. */
    private static void openGrant() {
        pageUntil(pm1, By.linkText(TITLE));
        pm1.clickLink(TITLE).waitFor(By.xpath("//h1[normalize-space()='" + TITLE + "']"));
    }

    /** Follows "Next page" until the element is on the page: the suite's other classes fill the same lists. */
    private static void pageUntil(Browser b, By element) {
        assertThat(onSomePage(b, element)).as("%s on the pages up to %s", element, b.url()).isTrue();
    }

    private static boolean onSomePage(Browser b, By element) {
        while (b.driver().findElements(element).isEmpty()) {
            if (b.driver().findElements(By.linkText("Next page")).isEmpty()) {
                return false;
            }
            b.clickLink("Next page");
        }
        return true;
    }

    /** The program manager's grant page's row of a tranche. */
    private static String tranche(int sequence) {
        return pm1.text(By.xpath("//section[@aria-labelledby='tranches-h']//tbody/tr[th[normalize-space()='" + sequence + "']]"));
    }

    /** The id in a URL such as {@code .../programmes/<id>?done=saved}, as the page that a step ended on shows it. */
    private static String idAfter(String url, String prefix) {
        String rest = url.substring(url.indexOf(prefix) + prefix.length());
        String id = rest.replaceAll("[/?#].*", "");
        assertThat(UUID.fromString(id)).isNotNull();
        return id;
    }
}
