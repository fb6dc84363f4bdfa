package org.grantsplatform.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.systemtests.Platform.ASSOCIATIONS;
import static org.grantsplatform.systemtests.Platform.GRANTS;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The donor's pages (issue 13, "donors decide and approve"), each through the real Keycloak login and
 * {@link Browser#page(String)}: donor1 drafts a programme with two rubric criteria (a row added by htmx and
 * removed again), corrects a bad budget and publishes it after the confirmation; sees its applications ranked by
 * score with their reviews and a recusal (scored through the API by reviewers), awards one with the prefilled
 * amount and rejects another once the reason the service requires is given; approves a disbursement pm1 requested
 * (API). A user who is donor and program manager at once is refused the approval of their own request (four
 * eyes); donor2 opening donor1's programme gets the not-found page; My programmes in French. The steps run in
 * order and share what they created, on a platform without demo data.
 */
@ExtendWith(Platform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DonorPagesTest {

    private static final Duration FACTS = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tells this run's records from an earlier run's on the same databases. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String PROGRAMME = "Responsible Pricing Fund " + RUN;
    static final String ASSOCIATION = "Red de Microfinanzas del Sur " + RUN;
    static final String FIRST = "Pricing transparency toolkit " + RUN;
    static final String SECOND = "Regional pricing survey " + RUN;
    static final String UNSCORED = "Member pricing workshops " + RUN;
    /** A user who holds the donor and the program-manager roles: the one who can provoke the four-eyes refusal. */
    static final String DONOR_PM = "donorpm";

    @RegisterExtension
    static final Browser donor1 = Browser.portal("donor1");
    @RegisterExtension
    static final Browser donor2 = Browser.portal("donor2");
    @RegisterExtension
    static final Browser donorPm = Browser.portal(DONOR_PM);

    private static final Set<Browser> LOGGED_IN = new HashSet<>();

    static String associationId;
    static String programmeId;
    static String firstId;
    static String secondId;
    static String grantId;
    static String trancheId;
    static boolean reviewed;

    @Test
    @Order(0)
    void anAssociationThatWillApplyIsRegisteredThroughTheApi() {
        Platform.Response association = ok(Platform.post(ASSOCIATIONS, "/api/associations", "assoc1", """
                {"name":"%s","acronym":"RMS","country":"PE","region":"LATIN_AMERICA_CARIBBEAN",
                 "legalForm":"Federation","foundedYear":2001,"contactEmail":"info@rms.example"}""".formatted(ASSOCIATION)));
        String id = association.json().get("id").asText();
        // grants-service learns of the association from its events before it takes applications for it
        await().atMost(FACTS).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(Platform.get(GRANTS, "/api/associations/" + id, "pm1").status()).isEqualTo(200));
        associationId = id;
    }

    @Test
    @Order(1)
    void donorDraftsAProgrammeCorrectsABadBudgetAndPublishesIt() {
        login(donor1, "donor1");
        donor1.waitForText("Draft programmes not published yet");
        donor1.page("donor-home");
        donor1.clickLink("My programmes").waitFor(By.xpath("//h1[normalize-space()='My programmes']"));
        // the suite's other classes have created donor1's programmes by now, or not: either page is fine here
        assertThat(donor1.shows("You have no programme yet.") || donor1.shows("Create a programme")).isTrue();
        donor1.page("donor-programmes");
        donor1.clickLink("Create a programme").waitFor(By.xpath("//h1[normalize-space()='New programme']"));
        donor1.page("donor-programme-new");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        donor1.fill("Name", PROGRAMME)
                .fill("Description", "Helps associations lead their members towards transparent, responsible pricing.")
                .fill("Donor organisation", "Whitfield Foundation")
                .fill("Member training", "true")
                .fill("Market awareness and advocacy", "true")
                .fill("Opens on", today.toString())
                .fill("Closes on", today.plusMonths(2).toString())
                .fill("Currency", "USD – US Dollar")
                .fill("Budget", "100k")
                .fill("Largest single grant", "40000")
                .fill("Name of criterion 1", "Relevance to responsible pricing")
                .fill("Weight of criterion 1", "0.6")
                .fill("Maximum score of criterion 1", "10")
                .fill("Name of criterion 2", "Capacity to deliver")
                .fill("Weight of criterion 2", "0.4")
                .fill("Maximum score of criterion 2", "5");
        assertThat(donor1.text(By.cssSelector("output[data-sum]"))).as("the live total of the weights").isEqualTo("1.00");

        // a third row through htmx, removed again by a button that works without JavaScript too
        donor1.click(By.xpath("//button[normalize-space()='Add a criterion']"));
        donor1.fill("Name of criterion 3", "Cost");
        donor1.clickButton("Remove criterion 3").waitFor(By.xpath("//h1[normalize-space()='New programme']"));
        assertThat(donor1.driver().findElements(By.id("rubric-2-criterion"))).as("the third row removed").isEmpty();
        assertThat(donor1.value("Name of criterion 2")).isEqualTo("Capacity to deliver");
        assertThat(donor1.value("Budget")).as("kept as typed").isEqualTo("100k");

        donor1.clickButton("Save the draft").waitForText("Please correct the following");
        assertThat(donor1.description("Budget")).as("the service's violation beside the field").contains("must be a number");
        assertThat(donor1.field("Budget").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(donor1.description("Largest single grant")).doesNotContain("must");
        assertThat(donor1.value("Name of criterion 1")).isEqualTo("Relevance to responsible pricing");
        donor1.page("donor-programme-error");

        donor1.fill("Budget", "100000");
        donor1.clickButton("Save the draft").waitForText("Your draft programme was saved.");
        programmeId = idAfter(donor1.url(), "/programmes/");
        assertThat(donor1.text("h1")).isEqualTo(PROGRAMME);
        assertThat(facts()).contains("Draft").contains("USD 100,000.00").contains("Member training");
        assertThat(donor1.text(By.cssSelector("section[aria-labelledby=rubric-h] tbody")))
                .contains("Relevance to responsible pricing").contains("60%").contains("Capacity to deliver").contains("40%");
        donor1.page("donor-programme-saved");

        donor1.clickLink("Publish…").waitFor(By.xpath("//h1[normalize-space()='Publish the programme']"));
        assertThat(donor1.shows("visible to every association")).isTrue();
        donor1.page("donor-publish");
        donor1.clickButton("Publish the programme").waitForText("The programme is published");
        assertThat(facts()).contains("Open");
        donor1.page("donor-programme-published");
        assertThat(Platform.get(GRANTS, "/api/programmes/" + programmeId, "donor1").json().get("status").asText())
                .isEqualTo("OPEN");
    }

    @Test
    @Order(2)
    void threeApplicationsAreSubmittedScreenedAndReviewedThroughTheApi() {
        assumeTrue(programmeId != null && associationId != null, "no programme or association");
        firstId = submitted(FIRST);
        secondId = submitted(SECOND);
        String unscored = submitted(UNSCORED);
        for (String id : new String[] { firstId, secondId, unscored }) {
            ok(Platform.post(GRANTS, "/api/applications/" + id + "/screening", "pm1", "{\"eligible\":true}"));
            ok(Platform.post(GRANTS, "/api/applications/" + id + "/reviewers", "pm1",
                    "{\"subjects\":[\"%s\",\"%s\"]}".formatted(Platform.subject("reviewer1"),
                            Platform.subject("reviewer2"))));
        }
        // first: 100 × (0.6 × 8/10 + 0.4 × 4/5) = 80, the other reviewer recused; second: (46 + 66) / 2 = 56
        review(firstId, "reviewer1", 8, 4, "AWARD", "Clear plan with a realistic budget.");
        ok(Platform.put(GRANTS, "/api/applications/" + firstId + "/reviews/mine", "reviewer2",
                "{\"conflictOfInterest\":true,\"comment\":\"I sit on its board.\"}"));
        review(secondId, "reviewer1", 5, 2, "REJECT", "The survey repeats last year's.");
        review(secondId, "reviewer2", 7, 3, "AWARD_WITH_CONDITIONS", "Useful if the sample grows.");
        reviewed = true;
    }

    @Test
    @Order(3)
    void donorSeesTheApplicationsRankedAndAwardsTheFirstWithTheRequestedAmount() {
        assumeTrue(reviewed, "no reviewed applications");
        login(donor1, "donor1");
        donor1.open("/programmes/" + programmeId);
        donor1.clickLink("Applications, ranked").waitFor(By.xpath("//h1[normalize-space()='Applications, ranked']"));
        String ranking = donor1.text(By.cssSelector("ol.ranking"));
        assertThat(ranking.indexOf(FIRST)).as("highest score first").isLessThan(ranking.indexOf(SECOND));
        assertThat(ranking.indexOf(SECOND)).as("the unscored one last").isLessThan(ranking.indexOf(UNSCORED));
        String first = card(firstId);
        assertThat(first).contains("No. 1").contains("80").contains(ASSOCIATION)
                .contains("reviewer1").contains("recommends an award").contains("Clear plan with a realistic budget.")
                .contains("reviewer2").contains("declared a conflict of interest and recused");
        assertThat(card(secondId)).contains("No. 2").contains("56").contains("recommends a rejection");
        assertThat(ranking).contains("Not scored yet").contains("not given yet");
        assertThat(ranking).as("reviewers by name, never by their id")
                .doesNotContain(Platform.subject("reviewer1"));
        donor1.page("donor-ranking");

        donor1.clickAndWait(decide(firstId)).waitFor(By.xpath("//h1[normalize-space()='" + FIRST + "']"));
        assertThat(donor1.value("Amount to award (USD)")).as("the requested amount").isEqualTo("30000.00");
        assertThat(donor1.text(By.cssSelector("section[aria-labelledby=decide-h]")))
                .contains("Budget left").contains("USD 100,000.00").contains("cannot be undone");
        donor1.page("donor-decide");
        donor1.clickButton("Award the grant").waitForText("was awarded USD 30,000.00");
        assertThat(donor1.text(By.cssSelector("dl.budget"))).contains("USD 70,000.00");
        donor1.page("donor-awarded");
        Platform.Response awarded = ok(Platform.get(GRANTS, "/api/applications/" + firstId, "donor1"));
        assertThat(awarded.json().get("status").asText()).isEqualTo("AWARDED");
        grantId = awarded.json().get("grantId").asText();
    }

    @Test
    @Order(4)
    void donorRejectsTheSecondOnceTheReasonTheServiceRequiresIsGiven() {
        assumeTrue(reviewed, "no reviewed applications");
        login(donor1, "donor1");
        donor1.open("/programmes/" + programmeId + "/applications");
        donor1.clickAndWait(decide(secondId)).waitFor(By.xpath("//h1[normalize-space()='" + SECOND + "']"));
        donor1.clickButton("Reject the application").waitForText("Please correct the following");
        assertThat(donor1.description("Reason for the rejection")).contains("required");
        assertThat(donor1.field("Reason for the rejection").getAttribute("aria-invalid")).isEqualTo("true");
        donor1.page("donor-reject-error");
        donor1.fill("Reason for the rejection", "A survey of this kind was funded last year.");
        donor1.clickButton("Reject the application").waitForText("was rejected");
        assertThat(card(secondId)).contains("Rejected").contains("A survey of this kind was funded last year.");
        donor1.page("donor-rejected");
    }

    @Test
    @Order(5)
    void donorApprovesTheDisbursementAProgramManagerRequested() {
        assumeTrue(grantId != null, "no grant");
        trancheId = requestedTranche(grantId, "pm1", "pm1");

        login(donor1, "donor1");
        donor1.open("/");
        String waiting = donor1.text(By.xpath("//li[@class='task'][a[normalize-space()='Grants with a disbursement waiting for your approval']]"));
        assertThat(waiting).as("the home page's task").startsWith("1");
        donor1.clickLink("Grants with a disbursement waiting for your approval")
                .waitFor(By.xpath("//h1[normalize-space()='Disbursements waiting for my approval']"));
        String row = donor1.text(By.xpath("//table[contains(@class,'cards')]//tr[.//a[contains(@href,'" + trancheId + "')]]"));
        assertThat(row).contains(FIRST).contains(ASSOCIATION).contains("Tranche 1").contains("Materials printed")
                .contains("USD 15,000.00").contains("pm1");
        donor1.page("donor-disbursements");
        donor1.clickAndWait(By.cssSelector("a[href='/disbursements/" + grantId + "/" + trancheId + "']"))
                .waitFor(By.xpath("//h1[normalize-space()='Approve the disbursement']"));
        assertThat(donor1.shows("It cannot be undone.")).isTrue();
        donor1.page("donor-approve");
        donor1.clickButton("Approve the disbursement").waitForText("was approved");
        assertThat(donor1.shows("No disbursement is waiting for your approval.")).isTrue();
        donor1.page("donor-approved");
        assertThat(ok(Platform.get(GRANTS, "/api/grants/" + grantId + "/tranches/" + trancheId, "donor1"))
                .json().get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    @Order(6)
    void whoRequestedADisbursementIsToldInASentenceThatTheyCannotApproveIt() throws Exception {
        assumeTrue(associationId != null, "no association");
        addDonorWhoIsAlsoProgramManager();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String own = ok(Platform.post(GRANTS, "/api/programmes", DONOR_PM, """
                {"name":"Four Eyes Fund %s","donorName":"Example Trust","currency":"EUR","budget":50000.00,
                 "maxGrant":40000.00,"windows":["MEMBER_TRAINING"],"opensOn":"%s","closesOn":"%s",
                 "eligibility":{"requireVerified":false},
                 "rubric":[{"criterion":"Relevance","weight":1,"maxScore":10}]}"""
                .formatted(RUN, today, today.plusMonths(1)))).json().get("id").asText();
        ok(Platform.post(GRANTS, "/api/programmes/" + own + "/publish", DONOR_PM, "{}"));
        String application = submitted(own, "Four eyes test " + RUN);
        ok(Platform.post(GRANTS, "/api/applications/" + application + "/screening", "pm1", "{\"eligible\":true}"));
        String grant = ok(Platform.post(GRANTS, "/api/applications/" + application + "/decision", DONOR_PM,
                "{\"outcome\":\"AWARD\",\"amount\":30000.00}")).json().get("grantId").asText();
        String tranche = requestedTranche(grant, "pm1", DONOR_PM);

        login(donorPm, DONOR_PM);
        donorPm.open("/disbursements/" + grant + "/" + tranche)
                .waitFor(By.xpath("//h1[normalize-space()='Approve the disbursement']"));
        assertThat(donorPm.text(By.cssSelector("section[aria-labelledby=facts-h]"))).contains("You");
        donorPm.clickButton("Approve the disbursement").waitForText("You requested this disbursement yourself");
        assertThat(donorPm.text(By.id("refusal"))).contains("four-eyes rule").doesNotContain("403");
        donorPm.page("donor-four-eyes");
        assertThat(ok(Platform.get(GRANTS, "/api/grants/" + grant + "/tranches/" + tranche, DONOR_PM))
                .json().get("status").asText()).isEqualTo("REQUESTED");
    }

    @Test
    @Order(7)
    void anotherDonorOpeningTheProgrammeByItsAddressGetsTheNotFoundPage() {
        assumeTrue(programmeId != null, "no programme");
        login(donor2, "donor2");
        donor2.open("/programmes/" + programmeId).waitFor(By.xpath("//h1[normalize-space()='Not found']"));
        assertThat(donor2.shows(PROGRAMME)).isFalse();
        assertThat(donor2.text(By.cssSelector("nav[aria-label=Main]"))).contains("My programmes");
        donor2.page("donor-other-programme");
        donor2.open("/programmes/" + programmeId + "/applications").waitFor(By.xpath("//h1[normalize-space()='Not found']"));
        assertThat(donor2.shows(FIRST)).isFalse();
    }

    @Test
    @Order(8)
    void myProgrammesInFrenchAfterTheSwitchInTheFooter() {
        assumeTrue(programmeId != null, "no programme");
        login(donor1, "donor1");
        donor1.open("/programmes").waitFor(By.xpath("//h1[normalize-space()='My programmes']"));
        donor1.clickLink("Français").waitFor(By.xpath("//h1[normalize-space()='Mes programmes']"));
        assertThat(donor1.shows("Créer un programme")).isTrue();
        String row = donor1.text(By.xpath("//table[contains(@class,'cards')]//tr[.//a[normalize-space()='" + PROGRAMME + "']]"));
        assertThat(row).contains("Ouvert").contains("Formation des membres").contains("USD");
        assertThat(donor1.text(By.cssSelector("table.cards thead"))).contains("Budget restant").contains("À décider");
        donor1.page("donor-programmes-fr");
    }

    // ------------------------------------------------------------------ helpers

    private static void login(Browser browser, String user) {
        if (LOGGED_IN.add(browser)) {
            browser.login(user);
        }
    }

    private static String facts() {
        return donor1.text(By.cssSelector("section[aria-labelledby=facts-h] dl.facts"));
    }

    /** The ranking's card of one application. */
    private static String card(String applicationId) {
        return donor1.text(By.xpath("//article[@aria-labelledby='app-" + applicationId + "']"));
    }

    /** The "Decide" link of one application on the ranking. */
    private static By decide(String applicationId) {
        return By.cssSelector("a.button[href='/programmes/" + programmeId + "/applications/" + applicationId + "']");
    }

    /** assoc1's submitted application to this run's programme; its id. */
    private static String submitted(String title) {
        return submitted(programmeId, title);
    }

    private static String submitted(String programme, String title) {
        String id = ok(Platform.post(GRANTS, "/api/applications", "assoc1", """
                {"programmeId":"%s","associationId":"%s","title":"%s",
                 "summary":"Tools and training for transparent pricing in the member MFIs",
                 "window":"MEMBER_TRAINING","strategies":["MEMBER_TRANSPARENCY"],"requestedAmount":30000.00,
                 "budgetLines":[{"category":"Training","description":"Four workshops","amount":30000.00}],
                 "outcomes":[{"indicator":"Members publishing APRs","baseline":"2","target":"10"}],
                 "durationMonths":12}""".formatted(programme, associationId, title))).json().get("id").asText();
        ok(Platform.post(GRANTS, "/api/applications/" + id + "/submit", "assoc1", "{}"));
        return id;
    }

    private static void review(String application, String reviewer, int relevance, int capacity, String recommendation,
            String comment) {
        ok(Platform.put(GRANTS, "/api/applications/" + application + "/reviews/mine", reviewer, """
                {"conflictOfInterest":false,"scores":[{"criterion":"Relevance to responsible pricing","score":%d},
                 {"criterion":"Capacity to deliver","score":%d}],"comment":"%s","recommendation":"%s"}"""
                .formatted(relevance, capacity, comment, recommendation)));
    }

    /** A first tranche of the grant scheduled by one user and its disbursement requested by another; its id. */
    private static String requestedTranche(String grant, String scheduler, String requester) {
        String tranche = ok(Platform.post(GRANTS, "/api/grants/" + grant + "/tranches", scheduler,
                "{\"amount\":15000.00,\"dueDate\":\"%s\",\"milestone\":\"Materials printed\"}"
                        .formatted(LocalDate.now(ZoneOffset.UTC)))).json().get("id").asText();
        ok(Platform.post(GRANTS, "/api/grants/" + grant + "/tranches/" + tranche + "/disbursement-request", requester, "{}"));
        return tranche;
    }

    /**
     * Adds {@link #DONOR_PM} (password = user name, as the demo users) to the suite's Keycloak with the roles donor
     * and program-manager, through its admin API as the launcher's bootstrap admin; an earlier run's user is kept.
     */
    private static void addDonorWhoIsAlsoProgramManager() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(Platform.url(Platform.KEYCLOAK,
                        "/realms/master/protocol/openid-connect/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String admin = JSON.readTree(token.body()).get("access_token").asText();
        String user = """
                {"ifResourceExists":"SKIP","users":[{"username":"%1$s","enabled":true,"emailVerified":true,
                 "email":"%1$s@grants.example.org","firstName":"Dora","lastName":"Pereira",
                 "credentials":[{"type":"password","value":"%1$s","temporary":false}],
                 "realmRoles":["donor","program-manager"]}]}""".formatted(DONOR_PM);
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(Platform.url(Platform.KEYCLOAK,
                        "/admin/realms/grants/partialImport")))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }

    /** The id in a URL such as {@code .../programmes/<id>?done=saved}. */
    private static String idAfter(String url, String prefix) {
        String rest = url.substring(url.indexOf(prefix) + prefix.length());
        String id = rest.replaceAll("[/?#].*", "");
        assertThat(UUID.fromString(id)).isNotNull();
        return id;
    }

    private static Platform.Response ok(Platform.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response;
    }
}
