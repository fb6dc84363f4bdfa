package org.grantsplatform.reporting.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.reporting.TestEvents.application;
import static org.grantsplatform.reporting.TestEvents.association;
import static org.grantsplatform.reporting.TestEvents.grant;
import static org.grantsplatform.reporting.TestEvents.programme;
import static org.grantsplatform.reporting.TestEvents.publish;
import static org.grantsplatform.reporting.TestEvents.tranche;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.associations.AssociationEvent;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.grants.ApplicationDecided;
import org.grantsplatform.events.grants.GrantData;
import org.grantsplatform.events.grants.GrantEvent;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.reporting.Api;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

@QuarkusTest
class ExportResourceTest {

    private static final String GRANT_SCHEMA = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/%s/schema/"
            + "360-giving-schema.json";
    private static final String PACKAGE_SCHEMA = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/"
            + "schema/360-giving-package-schema.json";
    private static final Instant AWARDED = Instant.parse("2026-04-15T10:00:00Z");

    private final String donor = "donor-" + UUID.randomUUID();
    private final UUID programme = UUID.randomUUID();
    private final UUID association = UUID.randomUUID();
    private final UUID paidGrant = UUID.randomUUID();
    private final UUID newGrant = UUID.randomUUID();
    private final UUID firstApplication = UUID.randomUUID();

    @BeforeEach
    void feedTwoGrantsOfOneDonorAndOneOfAnother() {
        ApplicationData first = application(firstApplication, programme, association, "EUR", "MEMBER_TRAINING",
                List.of("MEMBER_CAPACITY", "KNOWLEDGE_BASE"), "12000.00", "AWARDED", AWARDED.minusSeconds(864_000),
                AWARDED, "10000.00", 4);
        GrantData paid = grant(paidGrant, first, AWARDED, "4000.00", "ACTIVE", List.of(
                tranche(UUID.randomUUID(), 1, "4000.00", LocalDate.of(2026, 5, 1), "PAID", LocalDate.of(2026, 5, 3)),
                tranche(UUID.randomUUID(), 2, "6000.00", LocalDate.of(2026, 11, 1), "PLANNED", null)), 5);
        ApplicationData second = application(UUID.randomUUID(), programme, association, "EUR", "INNOVATION",
                List.of(), "2500.00", "AWARDED", AWARDED, AWARDED.plusSeconds(3600), "2500.00", 4);
        publish(EventTypes.APPLICATION_DECIDED, first.id(), AWARDED, new ApplicationDecided(first, null,
                grant(paidGrant, first, AWARDED, "0.00", "ACTIVE", List.of(), 0)));
        publish(EventTypes.DISBURSEMENT_PAID, paidGrant, AWARDED.plusSeconds(86_400 * 18),
                new GrantEvent(paid, paid.tranches().get(0).id()));
        publish(EventTypes.APPLICATION_DECIDED, second.id(), AWARDED.plusSeconds(3600), new ApplicationDecided(second,
                null, grant(newGrant, second, AWARDED.plusSeconds(3600), "0.00", "ACTIVE", List.of(), 0)));
        publish(EventTypes.PROGRAMME_PUBLISHED, programme, AWARDED.minusSeconds(8_640_000),
                new ProgrammeEvent(programme(programme, TestTokens.subjectOf(donor), "Open Data Trust", "EUR", "OPEN", 1)));
        publish(EventTypes.ASSOCIATION_REGISTERED, association, AWARDED.minusSeconds(86_400_000),
                new AssociationEvent(association(association, "PE", "LATIN_AMERICA_CARIBBEAN", 30, 0, null, null)));

        UUID otherProgramme = UUID.randomUUID();
        ApplicationData others = application(UUID.randomUUID(), otherProgramme, association, "USD", "INNOVATION",
                List.of(), "700.00", "AWARDED", AWARDED, AWARDED, "700.00", 4);
        publish(EventTypes.APPLICATION_DECIDED, others.id(), AWARDED, new ApplicationDecided(others, null,
                grant(UUID.randomUUID(), others, AWARDED, "0.00", "ACTIVE", List.of(), 0)));
        publish(EventTypes.PROGRAMME_PUBLISHED, otherProgramme, AWARDED, new ProgrammeEvent(programme(otherProgramme,
                TestTokens.subjectOf("donor-" + UUID.randomUUID()), "Someone Else", "USD", "OPEN", 1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(csv().split("\r\n")).hasSize(3)
                .anyMatch(line -> line.startsWith(paidGrant + ",") && line.contains(",4000.00,")));
    }

    @Test
    void shouldExportTheDonorsGrantsAsValid360Giving() throws IOException {
        String body = Api.as(donor, "donor").when().get("/api/exports/360giving.json")
                .then().statusCode(200).contentType("application/json").extract().asString();

        assertThat(threeSixtyGivingPackage().validate(new ObjectMapper().readTree(body))).isEmpty();
        JsonNode grants = new ObjectMapper().readTree(body).get("grants");
        assertThat(grants).hasSize(2);
        JsonNode paid = grants.get(0);
        assertThat(paid.get("id").asText()).isEqualTo("360G-grantsplatform-" + paidGrant);
        assertThat(paid.get("amountAwarded").decimalValue()).isEqualByComparingTo("10000.00");
        assertThat(paid.get("amountAppliedFor").decimalValue()).isEqualByComparingTo("12000.00");
        assertThat(paid.get("amountDisbursed").decimalValue()).isEqualByComparingTo("4000.00");
        assertThat(paid.get("awardDate").asText()).isEqualTo("2026-04-15");
        assertThat(paid.at("/recipientOrganization/0/name").asText()).isEqualTo("Network " + association);
        assertThat(paid.at("/fundingOrganization/0/name").asText()).isEqualTo("Open Data Trust");
        assertThat(paid.at("/beneficiaryLocation/0/countryCode").asText()).isEqualTo("PE");
        assertThat(paid.at("/grantProgramme/0/code").asText()).isEqualTo(programme.toString());
        assertThat(paid.at("/plannedDates/0/endDate").asText()).isEqualTo("2027-10-15");
        assertThat(paid.get("disbursementTransaction")).hasSize(1);
        assertThat(paid.at("/disbursementTransaction/0/value").decimalValue()).isEqualByComparingTo("4000.00");
        assertThat(paid.at("/disbursementTransaction/0/transactionDate").asText()).isEqualTo("2026-05-03");
    }

    @Test
    void shouldExportTheDonorsGrantsAsValidIatiActivitiesWithCommitmentsAndDisbursements() throws Exception {
        String body = Api.as(donor, "donor").when().get("/api/exports/iati-activities.xml")
                .then().statusCode(200).contentType("application/xml").extract().asString();

        iatiValidator().validate(new StreamSource(new StringReader(body)));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(body)));
        NodeList activities = xml.getElementsByTagName("iati-activity");
        assertThat(activities.getLength()).isEqualTo(2);
        Element paid = (Element) activities.item(0);
        assertThat(text(paid, "iati-identifier")).isEqualTo("XI-IATI-PLACEHOLDER-" + paidGrant);
        NodeList transactions = paid.getElementsByTagName("transaction");
        assertThat(transactions.getLength()).isEqualTo(2);
        assertThat(((Element) ((Element) transactions.item(0)).getElementsByTagName("transaction-type").item(0))
                .getAttribute("code")).isEqualTo("2");
        assertThat(text((Element) transactions.item(0), "value")).isEqualTo("10000.00");
        assertThat(((Element) ((Element) transactions.item(1)).getElementsByTagName("transaction-type").item(0))
                .getAttribute("code")).isEqualTo("3");
        assertThat(text((Element) transactions.item(1), "value")).isEqualTo("4000.00");
    }

    @Test
    void shouldPassTheIatiRulesetsLanguageSectorAndReportingOrgRulesForEveryActivity() throws Exception {
        NodeList activities = iatiActivities();

        assertThat(activities.getLength()).isEqualTo(2);
        for (int i = 0; i < activities.getLength(); i++) {
            Element activity = (Element) activities.item(i);
            // 4.1.1: a default language on the activity
            assertThat(activity.getAttribute("xml:lang")).isEqualTo("en");
            // 6.2.2 / 6.7.2: DAC 5-digit sectors (vocabulary 1) at activity level, none on transactions, summing to 100
            NodeList sectors = activity.getElementsByTagName("sector");
            assertThat(sectors.getLength()).isPositive();
            int percentages = 0;
            for (int j = 0; j < sectors.getLength(); j++) {
                Element sector = (Element) sectors.item(j);
                assertThat(sector.getParentNode()).isSameAs(activity);
                assertThat(sector.getAttribute("vocabulary")).isEqualTo("1");
                assertThat(sector.getAttribute("code")).isIn("24040", "24081", "24010");
                percentages += Integer.parseInt(sector.getAttribute("percentage"));
            }
            assertThat(percentages).isEqualTo(100);
            // reporting-org/@ref is {RegistrationAgency}-{RegistrationNumber}
            Element reportingOrg = (Element) activity.getElementsByTagName("reporting-org").item(0);
            assertThat(reportingOrg.getAttribute("ref")).matches("[A-Z]{2}-[A-Z0-9]+-\\S+")
                    .doesNotStartWith("XM-DAC-");
        }
        Element training = (Element) activities.item(0);
        assertThat(((Element) training.getElementsByTagName("sector").item(0)).getAttribute("code")).isEqualTo("24081");
    }

    @Test
    void shouldGiveAClosedActivityItsActualEndDate() throws Exception {
        UUID application = UUID.randomUUID();
        UUID completed = UUID.randomUUID();
        ApplicationData done = application(application, programme, association, "EUR", "MARKET_AWARENESS",
                List.of("MEMBER_TRANSPARENCY"), "1000.00", "AWARDED", AWARDED, AWARDED, "1000.00", 4);
        Instant completedAt = AWARDED.plusSeconds(86_400 * 40);
        publish(EventTypes.APPLICATION_DECIDED, application, AWARDED.plusSeconds(7200), new ApplicationDecided(done, null,
                grant(completed, done, AWARDED.plusSeconds(7200), "0.00", "ACTIVE", List.of(), 0)));
        publish(EventTypes.GRANT_COMPLETED, completed, completedAt, new GrantEvent(grant(completed, done,
                AWARDED.plusSeconds(7200), "1000.00", "COMPLETED", List.of(tranche(UUID.randomUUID(), 1, "1000.00",
                        LocalDate.of(2026, 5, 20), "PAID", LocalDate.of(2026, 5, 25))), 3), null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            NodeList activities = iatiActivities();
            assertThat(activities.getLength()).isEqualTo(3);
            Element closed = (Element) activities.item(2);
            assertThat(((Element) closed.getElementsByTagName("activity-status").item(0)).getAttribute("code"))
                    .isEqualTo("4");
            NodeList dates = closed.getElementsByTagName("activity-date");
            assertThat(dates.getLength()).isEqualTo(2);
            assertThat(((Element) dates.item(1)).getAttribute("type")).isEqualTo("4");
            assertThat(((Element) dates.item(1)).getAttribute("iso-date"))
                    .isEqualTo(LocalDate.ofInstant(completedAt, ZoneOffset.UTC).toString());
            assertThat(((Element) closed.getElementsByTagName("sector").item(0)).getAttribute("code")).isEqualTo("24010");
        });
    }

    @Test
    void shouldGiveEachFunderNameItsOwnIdentifierWhoeverCreatedTheProgramme() throws Exception {
        UUID renamed = UUID.randomUUID();
        publish(EventTypes.PROGRAMME_PUBLISHED, renamed, AWARDED.minusSeconds(8_000_000),
                new ProgrammeEvent(programme(renamed, TestTokens.subjectOf(donor), "Second Foundation", "EUR", "OPEN", 1)));
        ApplicationData other = application(UUID.randomUUID(), renamed, association, "EUR", "INNOVATION", List.of(),
                "900.00", "AWARDED", AWARDED, AWARDED.plusSeconds(7200), "900.00", 4);
        publish(EventTypes.APPLICATION_DECIDED, other.id(), AWARDED.plusSeconds(7200), new ApplicationDecided(other,
                null, grant(UUID.randomUUID(), other, AWARDED.plusSeconds(7200), "0.00", "ACTIVE", List.of(), 0)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode grants = new ObjectMapper().readTree(Api.as(donor, "donor").when().get("/api/exports/360giving.json")
                    .then().statusCode(200).extract().asString()).get("grants");
            assertThat(grants).hasSize(3);
            Map<String, Set<String>> namesById = new HashMap<>();
            grants.forEach(g -> namesById.computeIfAbsent(g.at("/fundingOrganization/0/id").asText(), id -> new HashSet<>())
                    .add(g.at("/fundingOrganization/0/name").asText()));
            assertThat(namesById).hasSize(2).allSatisfy((id, names) -> assertThat(names).hasSize(1));
        });
    }

    @Test
    void shouldExportOneCsvRowPerGrantOfTheDonor() {
        String[] lines = csv().split("\r\n");

        assertThat(lines[0]).startsWith("grantId,title,programmeId,programmeName,donorName");
        assertThat(lines[1]).isEqualTo(String.join(",", paidGrant.toString(), "Application " + firstApplication,
                programme.toString(), "Programme " + programme,
                "Open Data Trust", association.toString(), "Network " + association, "PE", "LATIN_AMERICA_CARIBBEAN",
                "MEMBER_TRAINING", "MEMBER_CAPACITY;KNOWLEDGE_BASE", "EUR", "12000.00", "10000.00", "4000.00",
                "6000.00", "ACTIVE", "2026-04-15"));
        assertThat(lines[2]).startsWith(newGrant + ",");
    }

    @Test
    void shouldRefuseAnApplicantAndACallerWithoutToken() {
        Api.as("assoc1", "applicant").when().get("/api/exports/grants.csv").then().statusCode(403);
        given().when().get("/api/exports/360giving.json").then().statusCode(401);
    }

    private NodeList iatiActivities() throws Exception {
        String body = Api.as(donor, "donor").when().get("/api/exports/iati-activities.xml")
                .then().statusCode(200).extract().asString();
        iatiValidator().validate(new StreamSource(new StringReader(body)));
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(body)))
                .getElementsByTagName("iati-activity");
    }

    private String csv() {
        return Api.as(donor, "donor").when().get("/api/exports/grants.csv")
                .then().statusCode(200).contentType("text/csv; charset=UTF-8").extract().asString();
    }

    private static Schema threeSixtyGivingPackage() throws IOException {
        String grant = resource("/schemas/360giving/360-giving-schema.json");
        String pack = resource("/schemas/360giving/360-giving-package-schema.json");
        // the standard's dates are oneOf a date-time format or a date pattern, so formats must be asserted
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(GRANT_SCHEMA.formatted("1.4.2"), grant,
                        GRANT_SCHEMA.formatted("1.4.3"), grant, PACKAGE_SCHEMA, pack))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        return registry.getSchema(SchemaLocation.of(PACKAGE_SCHEMA));
    }

    private static Validator iatiValidator() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        javax.xml.validation.Schema schema = factory.newSchema(
                ExportResourceTest.class.getResource("/schemas/iati/iati-activities-schema.xsd"));
        return schema.newValidator();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ExportResourceTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }
}
