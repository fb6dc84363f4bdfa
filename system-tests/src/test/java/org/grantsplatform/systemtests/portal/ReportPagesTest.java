package org.grantsplatform.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.systemtests.Platform.ASSOCIATIONS;
import static org.grantsplatform.systemtests.Platform.GRANTS;
import static org.grantsplatform.systemtests.Platform.REPORTING;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * The portal's report pages and the admin's read-model page, through the real Keycloak login and
 * {@link Browser#page(String)}: donor1 and pm1 open each report (portfolio and its grouping, pipeline, disbursements,
 * social performance, the grant timelines), the portfolio shows what was committed and paid with the currency,
 * the CSV export downloads through the portal, admin1 rebuilds the read model and sees it finish, an applicant gets
 * the 403 page, and the pages speak French. What the reports show is set up through the API (a programme, an
 * association with a member's SP report, a grant of USD 30,000 with its first tranche of USD 15,000 paid) on a
 * platform without demo data. The steps run in order and share what they created.
 */
@ExtendWith(Platform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportPagesTest {

    private static final Duration EVENTS = Duration.ofSeconds(90);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String PROGRAMME = "Market Awareness Fund " + RUN;
    static final String ASSOCIATION = "Association of Microfinance Institutions " + RUN;
    static final String AWARDED = "Client awareness radio campaign " + RUN;

    @RegisterExtension
    static final Browser donor1 = Browser.portal("donor1");
    @RegisterExtension
    static final Browser pm1 = Browser.portal("pm1");
    @RegisterExtension
    static final Browser admin1 = Browser.portal("admin1");
    @RegisterExtension
    static final Browser assoc1 = Browser.portal("assoc1");

    private static final Set<Browser> LOGGED_IN = new HashSet<>();

    static String programmeId;
    static String grantId;

    @Test
    @Order(0)
    void setUpAGrantAwardedAndHalfPaidThroughTheApi() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Platform.Response programme = ok(Platform.post(GRANTS, "/api/programmes", "donor1", """
                {"name":"%s","description":"Market awareness and advocacy by member networks",
                 "donorName":"Whitfield Foundation","currency":"USD","budget":100000.00,"maxGrant":40000.00,
                 "windows":["MARKET_AWARENESS"],"opensOn":"%s","closesOn":"%s",
                 "eligibility":{"requireVerified":false},
                 "rubric":[{"criterion":"Relevance","weight":1.0,"maxScore":10}]}"""
                .formatted(PROGRAMME, today, today.plusMonths(1))));
        String programme1 = programme.json().get("id").asText();
        ok(Platform.post(GRANTS, "/api/programmes/" + programme1 + "/publish", "donor1", "{}"));

        String association = ok(Platform.post(ASSOCIATIONS, "/api/associations", "assoc1", """
                {"name":"%s","acronym":"AMFI","country":"KE","region":"AFRICA","legalForm":"Association",
                 "foundedYear":1999,"contactEmail":"info@amfi.example"}""".formatted(ASSOCIATION))).json().get("id").asText();
        String members = "/api/associations/" + association + "/members";
        String member = ok(Platform.post(ASSOCIATIONS, members, "assoc1",
                "{\"name\":\"Faulu Microfinance\",\"country\":\"KE\",\"joinedYear\":2005}")).json().get("id").asText();
        ok(Platform.put(ASSOCIATIONS, members + "/" + member + "/sp-reports/" + (Year.now(ZoneOffset.UTC).getValue() - 1),
                "assoc1", "{\"activeBorrowers\":48000,\"womenBorrowersPct\":64.5,\"ruralBorrowersPct\":38}"));

        // grants-service learns of the association from its events before it takes applications for it
        await().atMost(EVENTS).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(Platform.get(GRANTS, "/api/associations/" + association, "pm1").status()).isEqualTo(200));
        String application = ok(Platform.post(GRANTS, "/api/applications", "assoc1", """
                {"programmeId":"%s","associationId":"%s","title":"%s",
                 "summary":"Radio spots on client protection in four counties",
                 "window":"MARKET_AWARENESS","strategies":["LOCAL_AMBASSADOR"],"requestedAmount":30000.00,
                 "budgetLines":[{"category":"Media","description":"Radio airtime","amount":30000.00}],
                 "outcomes":[{"indicator":"Counties reached","baseline":"0","target":"4"}],
                 "durationMonths":12}""".formatted(programme1, association, AWARDED))).json().get("id").asText();
        ok(Platform.post(GRANTS, "/api/applications/" + application + "/submit", "assoc1", "{}"));
        ok(Platform.post(GRANTS, "/api/applications/" + application + "/screening", "pm1",
                "{\"eligible\":true,\"note\":\"Within scope\"}"));
        ok(Platform.post(GRANTS, "/api/applications/" + application + "/reviewers", "pm1",
                "{\"subjects\":[\"%s\"]}".formatted(Platform.subject("reviewer1"))));
        ok(Platform.put(GRANTS, "/api/applications/" + application + "/reviews/mine", "reviewer1",
                "{\"conflictOfInterest\":false,\"scores\":[{\"criterion\":\"Relevance\",\"score\":8}],"
                        + "\"comment\":\"Sound plan.\",\"recommendation\":\"AWARD\"}"));
        String grant = ok(Platform.post(GRANTS, "/api/applications/" + application + "/decision", "donor1",
                "{\"outcome\":\"AWARD\",\"amount\":30000.00}")).json().get("grantId").asText();
        String first = ok(Platform.post(GRANTS, "/api/grants/" + grant + "/tranches", "pm1",
                "{\"amount\":15000.00,\"dueDate\":\"%s\",\"milestone\":\"Spots produced\"}".formatted(today)))
                .json().get("id").asText();
        ok(Platform.post(GRANTS, "/api/grants/" + grant + "/tranches", "pm1",
                "{\"amount\":15000.00,\"dueDate\":\"%s\",\"milestone\":\"Spots aired\"}".formatted(today.plusMonths(6))));
        String tranche = "/api/grants/" + grant + "/tranches/" + first;
        ok(Platform.post(GRANTS, tranche + "/disbursement-request", "pm1", "{}"));
        ok(Platform.post(GRANTS, tranche + "/approve", "donor1", "{}"));
        ok(Platform.post(GRANTS, tranche + "/payment", "pm1",
                "{\"paidOn\":\"%s\",\"reference\":\"TX-%s\"}".formatted(today, RUN)));

        // reporting-service has applied it all: the award and the payment are in donor1's portfolio
        await().atMost(EVENTS).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode row = row(ok(Platform.get(REPORTING, "/api/reports/portfolio?groupBy=programme", "donor1")).json(),
                    programme1);
            assertThat(row).as("portfolio row of " + programme1).isNotNull();
            assertThat(row.get("committed").decimalValue()).isEqualByComparingTo("30000");
            assertThat(row.get("disbursed").decimalValue()).isEqualByComparingTo("15000");
        });
        programmeId = programme1;
        grantId = grant;
    }

    @Test
    @Order(1)
    void donorOpensEachReport() {
        assumeTrue(grantId != null, "no grant");
        openEachReport(donor1, "donor1", "donor");
    }

    @Test
    @Order(2)
    void programManagerOpensEachReport() {
        assumeTrue(grantId != null, "no grant");
        openEachReport(pm1, "pm1", "pm");
    }

    @Test
    @Order(3)
    void theCsvExportDownloadsThroughThePortalWithTheSession() throws IOException, InterruptedException {
        assumeTrue(grantId != null, "no grant");
        login(donor1, "donor1");
        donor1.open("/reports");
        assertThat(donor1.driver().findElement(By.linkText("CSV (grants.csv)")).getAttribute("href"))
                .endsWith("/reports/exports/grants.csv");
        // the browser's own session (cookies, no bearer token) fetches the file, as a click on the link does
        String cookies = donor1.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Platform.url(Platform.PORTAL, "/reports/exports/grants.csv"))).header("Cookie", cookies).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"grants.csv\"");
        assertThat(csv.body()).startsWith("grantId,").contains(grantId).contains(AWARDED).contains("30000.00");
    }

    @Test
    @Order(4)
    void adminStartsARebuildAndSeesItFinish() {
        assumeTrue(grantId != null, "no grant");
        login(admin1, "admin1");
        admin1.open("/").waitForText("Events not in the reports yet (read model behind)");
        admin1.page("admin-home");
        admin1.clickLink("Read model").waitFor(By.xpath("//h1[normalize-space()='Read model']"));
        assertThat(admin1.text(By.cssSelector("section[aria-labelledby=active-h]"))).contains("Up to date");
        admin1.page("admin-read-model");
        admin1.clickLink("Rebuild the read model…").waitForText("It cannot be stopped once started");
        admin1.page("admin-rebuild-confirm");
        admin1.clickButton("Start the rebuild").waitFor(By.xpath("//h1[normalize-space()='Read model']"));
        assertThat(admin1.url()).contains("/admin/read-model?watch=");
        // the status part of the page asks again every 2 seconds until the new generation answers
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> admin1.shows("The rebuild is finished"));
        assertThat(admin1.text(By.cssSelector("section[aria-labelledby=rebuild-h]"))).contains("No rebuild is under way.");
        admin1.page("admin-rebuild-finished");
        // the rebuilt read model answers with the same figures
        JsonNode row = row(ok(Platform.get(REPORTING, "/api/reports/portfolio?groupBy=programme", "admin1")).json(),
                programmeId);
        assertThat(row.get("disbursed").decimalValue()).isEqualByComparingTo("15000");
    }

    @Test
    @Order(5)
    void anApplicantOpeningAReportGetsTheForbiddenPage() {
        login(assoc1, "assoc1");
        assertThat(assoc1.text(By.cssSelector("nav[aria-label=Main]"))).doesNotContain("Reports");
        assoc1.open("/reports/portfolio").waitFor(By.xpath("//h1[normalize-space()='You may not do this']"));
        assertThat(assoc1.shows("Committed")).isFalse();
        assertThat(assoc1.shows("Log out")).isTrue();
        assoc1.page("applicant-report-forbidden");
    }

    @Test
    @Order(6)
    void theReportsSpeakFrench() {
        assumeTrue(grantId != null, "no grant");
        login(pm1, "pm1");
        pm1.open("/reports/portfolio");
        pm1.clickLink("Français").waitFor(By.xpath("//h1[normalize-space()='Portefeuille']"));
        assertThat(pm1.text(By.cssSelector("nav[aria-label='Regrouper par']"))).contains("Région").contains("Pays");
        String table = pm1.text(By.cssSelector("table.cards"));
        assertThat(table).contains("Engagé").contains("Décaissé").contains(PROGRAMME);
        assertThat(table.replaceAll("[\\s\\u00a0\\u202f]", " ")).contains("USD 30 000,00").contains("USD 15 000,00");
        assertThat(pm1.text(By.cssSelector("nav[aria-label=Principale]"))).contains("Rapports");
        pm1.page("pm-portfolio-fr");
        pm1.clickLink("Décaissements").waitFor(By.xpath("//h1[normalize-space()='Décaissements']"));
        assertThat(pm1.shows("Tranches par état")).isTrue();
        pm1.page("pm-disbursements-fr");
    }

    // ------------------------------------------------------------------ helpers

    /** Every report, from the navigation bar on, with what this run set up on each; {@code prefix} names the screenshots. */
    private static void openEachReport(Browser b, String user, String prefix) {
        login(b, user);
        b.open("/");
        b.clickLink("Reports").waitFor(By.xpath("//h1[normalize-space()='Reports']"));
        b.page(prefix + "-reports");

        b.clickLink("Portfolio").waitFor(By.xpath("//h1[normalize-space()='Portfolio']"));
        String row = b.text(By.xpath("//table[contains(@class,'cards')]//tr[th[normalize-space()='" + PROGRAMME + "']]"));
        assertThat(row).contains("USD").contains("USD 30,000.00").contains("USD 15,000.00");
        // one chart per currency: the suite's other classes may have grants in other currencies
        By usdChart = By.xpath("//figure[contains(@class,'chart')][figcaption[normalize-space()="
                + "'Committed and disbursed by programme, in USD']]");
        assertThat(b.driver().findElement(usdChart).findElement(By.tagName("desc")).getAttribute("textContent")
                .replace('\u00a0', ' ')).contains(PROGRAMME + ": Committed USD 30,000.00; Disbursed USD 15,000.00.");
        b.page(prefix + "-portfolio");
        b.clickLink("Region").waitFor(By.xpath("//table[contains(@class,'cards')]//th[@scope='col'][normalize-space()='Region']"));
        assertThat(b.url()).contains("groupBy=region");
        // the region's row adds up the suite's other grants in Africa too: it shows what the service reports
        JsonNode africa = null;
        for (JsonNode r : ok(Platform.get(REPORTING, "/api/reports/portfolio?groupBy=region", user)).json().get("rows")) {
            if ("AFRICA".equals(r.get("key").asText()) && "USD".equals(r.get("currency").asText())) {
                africa = r;
            }
        }
        assertThat(africa).as("Africa in USD").isNotNull();
        assertThat(b.text(By.xpath("//table[contains(@class,'cards')]//tr[th[normalize-space()='Africa']]"
                + "[td[normalize-space()='USD']]")))
                .contains(usd(africa.get("committed").decimalValue())).contains(usd(africa.get("disbursed").decimalValue()));
        assertThat(b.text(By.cssSelector("nav[aria-label='Group by'] a[aria-current=page]"))).isEqualTo("Region");
        b.page(prefix + "-portfolio-region");

        b.clickLink("Pipeline").waitFor(By.xpath("//h1[normalize-space()='Pipeline']"));
        b.fill("Programme", PROGRAMME);
        b.clickButton("Show").waitFor(By.xpath("//h1[normalize-space()='Pipeline']"));
        assertThat(b.url()).contains("programmeId=" + programmeId);
        assertThat(b.text(By.cssSelector("section[aria-labelledby=facts-h]"))).contains("Award rate").contains("100%");
        assertThat(b.text(By.xpath("//table//tr[th[normalize-space()='Awarded']]"))).contains("1");
        b.page(prefix + "-pipeline");

        b.clickLink("Disbursements").waitFor(By.xpath("//h1[normalize-space()='Disbursements']"));
        assertThat(b.text(By.cssSelector("table.cards tbody"))).contains(AWARDED).contains("USD 15,000.00");
        b.page(prefix + "-disbursements-upcoming");
        b.clickLink("Paid").waitFor(By.xpath("//h2[normalize-space()='Tranches: Paid']"));
        assertThat(b.text(By.cssSelector("table.cards tbody"))).contains(AWARDED).contains("USD 15,000.00");
        b.page(prefix + "-disbursements-paid");

        b.clickLink(AWARDED).waitFor(By.xpath("//h1[normalize-space()='" + AWARDED + "']"));
        assertThat(b.text(By.cssSelector("section[aria-labelledby=facts-h]"))).contains(PROGRAMME).contains(ASSOCIATION)
                .contains("USD 30,000.00").contains("USD 15,000.00");
        assertThat(b.text(By.cssSelector("ol.history"))).contains("Application submitted").contains("Decision made")
                .contains("Disbursement paid");
        b.page(prefix + "-timeline");

        b.clickLink("Social performance").waitFor(By.xpath("//h1[normalize-space()='Social performance']"));
        // the region's figures include the suite's other associations; this run's association has a row of its own
        assertThat(b.text(By.xpath("//section[@aria-labelledby='regions-h']//tr[th[normalize-space()='Africa']]")))
                .containsPattern("\\d%");
        assertThat(b.text(By.xpath("//section[@aria-labelledby='associations-h']//tr[th[normalize-space()='"
                + ASSOCIATION + "']]"))).contains("100%").contains("64.5%");
        b.page(prefix + "-social-performance");
        b.fill("Year", "18");
        b.clickButton("Show").waitFor(By.id("year-error"));
        assertThat(b.description("Year")).contains("must be a year from 1900 to 2200");
        b.page(prefix + "-social-performance-bad-year");

        b.clickLink("Grant timelines").waitFor(By.xpath("//h1[normalize-space()='Grant timelines']"));
        assertThat(b.text(By.cssSelector("table.cards tbody"))).contains(AWARDED).contains(PROGRAMME);
        b.page(prefix + "-grants");
        b.clickLink(AWARDED).waitFor(By.xpath("//h1[normalize-space()='" + AWARDED + "']"));
        assertThat(b.url()).endsWith("/reports/grants/" + grantId);
    }

    private static String usd(BigDecimal amount) {
        return String.format(Locale.ENGLISH, "USD %,.2f", amount);
    }

    /** The portfolio row of a programme, or null. */
    private static JsonNode row(JsonNode portfolio, String programme) {
        for (JsonNode row : portfolio.get("rows")) {
            if (programme.equals(row.get("key").asText())) {
                return row;
            }
        }
        return null;
    }

    private static void login(Browser browser, String user) {
        if (LOGGED_IN.add(browser)) {
            browser.login(user);
        }
    }

    private static Platform.Response ok(Platform.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201, 202);
        return response;
    }
}
