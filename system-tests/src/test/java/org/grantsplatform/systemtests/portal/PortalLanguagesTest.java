package org.grantsplatform.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.systemtests.Platform.ASSOCIATIONS;
import static org.grantsplatform.systemtests.Platform.GRANTS;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
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
 * The French and Spanish spot check of issue 13: assoc1 switches to French with the footer's language control and
 * the home page, the open calls page and an application's page read in French, with French numbers ("25 000,00",
 * a narrow no-break space between thousands) and dates ("15 mars 2027"), the choice remembered from page to page
 * although the browser asks for English; reviewer1, whose browser asks for Spanish, finds the queue in Spanish.
 * What the pages show is set up through the API: a programme, an association with a member, an application
 * submitted, screened and assigned to reviewer1.
 */
@ExtendWith(Platform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalLanguagesTest {

    private static final Duration FACTS = Duration.ofSeconds(90);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String PROGRAMME = "Fonds pour l'inclusion " + RUN;
    static final String ASSOCIATION = "Réseau des institutions de microfinance " + RUN;
    static final String TITLE = "Formation à la protection des clients " + RUN;
    /** 25,000.00 as French writes it: a narrow no-break space between thousands, a comma before the cents. */
    static final String FRENCH_AMOUNT = "USD\u00a025\u202f000,00";

    @RegisterExtension
    static final Browser assoc1 = Browser.portal("assoc1-fr");
    @RegisterExtension
    static final Browser reviewer1 = Browser.portal("reviewer1-es").acceptingLanguages("es-ES,es");

    static LocalDate closesOn;
    static String applicationId;

    @Test
    @Order(0)
    void setUpThroughTheApi() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        closesOn = today.plusMonths(3);
        Platform.Response programme = ok(Platform.post(GRANTS, "/api/programmes", "donor1", """
                {"name":"%s","description":"Protection des clients dans les IMF membres",
                 "donorName":"Fondation Whitfield","currency":"USD","budget":100000.00,"maxGrant":25000.00,
                 "windows":["MEMBER_TRAINING"],"opensOn":"%s","closesOn":"%s",
                 "eligibility":{"requireVerified":false},
                 "rubric":[{"criterion":"Pertinence","weight":1.0,"maxScore":10}]}"""
                .formatted(PROGRAMME, today, closesOn)));
        String programmeId = programme.json().get("id").asText();
        ok(Platform.post(GRANTS, "/api/programmes/" + programmeId + "/publish", "donor1", "{}"));

        String associationId = ok(Platform.post(ASSOCIATIONS, "/api/associations", "assoc1", """
                {"name":"%s","acronym":"RIM","country":"SN","region":"AFRICA","legalForm":"Association"}"""
                .formatted(ASSOCIATION))).json().get("id").asText();
        ok(Platform.post(ASSOCIATIONS, "/api/associations/" + associationId + "/members", "assoc1",
                "{\"name\":\"Caisse de Dakar\",\"country\":\"SN\",\"joinedYear\":2015}"));
        await().atMost(FACTS).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(Platform.get(GRANTS, "/api/associations/" + associationId, "pm1").status()).isEqualTo(200));

        String id = ok(Platform.post(GRANTS, "/api/applications", "assoc1", """
                {"programmeId":"%s","associationId":"%s","title":"%s","summary":"Former les agents de crédit",
                 "window":"MEMBER_TRAINING","strategies":["MEMBER_CAPACITY"],"requestedAmount":25000.00,
                 "budgetLines":[{"category":"Formation","description":"Ateliers","amount":25000.00}],
                 "outcomes":[{"indicator":"Agents formés","baseline":"0","target":"40"}],"durationMonths":12}"""
                .formatted(programmeId, associationId, TITLE))).json().get("id").asText();
        ok(Platform.post(GRANTS, "/api/applications/" + id + "/submit", "assoc1", "{}"));
        ok(Platform.post(GRANTS, "/api/applications/" + id + "/screening", "pm1", "{\"eligible\":true}"));
        ok(Platform.post(GRANTS, "/api/applications/" + id + "/reviewers", "pm1",
                "{\"subjects\":[\"%s\"]}".formatted(Platform.subject("reviewer1"))));
        applicationId = id;
    }

    @Test
    @Order(1)
    void applicantSwitchesToFrenchWithTheFootersLanguageControl() {
        assoc1.login("assoc1");
        assoc1.waitForText("Waiting for you");
        assoc1.clickLink("Français").waitForText("Ce qui vous attend");
        assertThat(assoc1.text("h1")).startsWith("Bienvenue, ");
        assertThat(assoc1.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(assoc1.text(By.cssSelector("nav[aria-label=Principale]"))).contains("Mes demandes")
                .contains("Appels ouverts");
        assertThat(assoc1.shows("Vos associations")).isTrue();
        assoc1.page("fr-home");
    }

    @Test
    @Order(2)
    void theOpenCallsPageIsInFrenchOnTheNextPage() {
        assumeTrue(applicationId != null, "no data");
        assoc1.clickLink("Appels ouverts").waitFor(By.xpath("//h1[normalize-space()='Appels ouverts']"));
        String card = textContent(card());
        assertThat(card).contains("Subvention maximale").contains(FRENCH_AMOUNT).contains("Clôture")
                .contains(frenchDate(closesOn)).contains("Formation des membres");
        assoc1.page("fr-calls");
    }

    @Test
    @Order(3)
    void anApplicationsPageIsInFrench() {
        assumeTrue(applicationId != null, "no application");
        assoc1.open("/applications/" + applicationId).waitForText(TITLE);
        String facts = textContent(assoc1.waitFor(By.cssSelector("section[aria-labelledby=facts-h] dl.facts")));
        assertThat(facts).contains("Statut").contains("En cours d'évaluation").contains("Montant demandé")
                .contains(FRENCH_AMOUNT).contains("12 mois").contains("Formation des membres");
        assertThat(assoc1.text(By.cssSelector("section[aria-labelledby=history-h]"))).contains("Brouillon → Soumise");
        assertThat(textContent(assoc1.waitFor(By.cssSelector("table.cards tfoot")))).contains(FRENCH_AMOUNT);
        assoc1.page("fr-application");
    }

    @Test
    @Order(4)
    void aReviewerWhoseBrowserAsksForSpanishGetsTheQueueInSpanish() {
        assumeTrue(applicationId != null, "no application");
        reviewer1.login("reviewer1", "/reviews");
        reviewer1.waitFor(By.xpath("//h1[normalize-space()='Mis evaluaciones']"));
        assertThat(reviewer1.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        By row = By.xpath("//table[contains(@class,'cards')]//tr[td/a[normalize-space()='" + TITLE + "']]");
        assertThat(textContent(reviewer1.waitFor(row))).contains("En evaluación").contains("Por puntuar")
                .contains("USD\u00a025.000,00");
        reviewer1.page("es-queue");
    }

    /** The card of this run's programme on the open calls pages, paging on until it is there. */
    private static WebElement card() {
        By card = By.xpath("//article[.//h2/a[normalize-space()=\"" + PROGRAMME + "\"]]");
        while (assoc1.driver().findElements(card).isEmpty()) {
            assertThat(assoc1.driver().findElements(By.linkText("Page suivante")))
                    .as("the programme %s on the calls pages", PROGRAMME).isNotEmpty();
            assoc1.clickLink("Page suivante");
        }
        return assoc1.waitFor(card);
    }

    /** An element's characters as the page has them: Selenium's visible text turns a no-break space into a space. */
    private static String textContent(WebElement element) {
        return element.getDomProperty("textContent");
    }

    /** A date as French writes it in a page: "15 mars 2027". */
    private static String frenchDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.FRENCH).format(date);
    }

    private static Platform.Response ok(Platform.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response;
    }
}
