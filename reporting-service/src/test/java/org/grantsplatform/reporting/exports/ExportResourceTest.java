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
import java.util.List;
import java.util.Map;
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
        assertThat(text(paid, "iati-identifier")).isEqualTo("XM-DAC-grantsplatform-" + paidGrant);
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
