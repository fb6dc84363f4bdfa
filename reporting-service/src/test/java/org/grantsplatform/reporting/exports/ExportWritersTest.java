package org.grantsplatform.reporting.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every open-data writer fed each character XML 1.0 forbids, alone and mixed with ordinary text, in every free-text
 * field of a grant: the output still parses (a real XML parser, a JSON parser, an RFC 4180 reading of the CSV) and
 * carries the text without those characters.
 */
class ExportWritersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The text each field holds, and what the exports must carry instead. */
    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (char c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                texts.put("Assoc" + c + "iation", "Association");
            }
        }
        for (char c : new char[] { '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF' }) {
            texts.put("Assoc" + c + "iation", "Association");
        }
        texts.put("\u0001=SUM(A1)\u0000 \uD800Ünï\tcøde\uFFFF \uD83D\uDE00 \uDE00\uD83D مرحبا\u001B",
                "=SUM(A1) Ünï\tcøde \uD83D\uDE00  مرحبا");
        return texts;
    }

    @Test
    void shouldWriteWellFormedIatiWithoutTheForbiddenCharacters() throws Exception {
        for (Map.Entry<String, String> text : texts().entrySet()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (IatiActivitiesWriter out = new IatiActivitiesWriter(bytes, "XM-DAC-1", "80", "Publisher", "en")) {
                out.write(grant(text.getKey()));
            }

            Element activity = (Element) xml(bytes.toByteArray()).getElementsByTagName("iati-activity").item(0);

            String expected = text.getValue();
            assertThat(narrative(activity, "title")).as(escaped(text.getKey())).isEqualTo(expected);
            assertThat(narrative(activity, "description")).isEqualTo(expected);
            assertThat(activity.getElementsByTagName("participating-org").getLength()).isEqualTo(2);
            for (int i = 0; i < 2; i++) {
                assertThat(activity.getElementsByTagName("participating-org").item(i).getTextContent()).isEqualTo(expected);
            }
        }
    }

    @Test
    void shouldWriteParsableThreeSixtyGivingWithoutTheForbiddenCharacters() throws Exception {
        for (Map.Entry<String, String> text : texts().entrySet()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ThreeSixtyGivingWriter out = new ThreeSixtyGivingWriter(bytes, "360G-test")) {
                out.write(grant(text.getKey()));
            }

            JsonNode grant = JSON.readTree(bytes.toByteArray()).path("grants").get(0);

            String expected = text.getValue();
            assertThat(grant.path("title").asText()).as(escaped(text.getKey())).isEqualTo(expected);
            assertThat(grant.path("description").asText()).isEqualTo(expected);
            assertThat(grant.path("recipientOrganization").get(0).path("name").asText()).isEqualTo(expected);
            assertThat(grant.path("fundingOrganization").get(0).path("name").asText()).isEqualTo(expected);
            assertThat(grant.path("grantProgramme").get(0).path("title").asText()).isEqualTo(expected);
        }
    }

    @Test
    void shouldWriteOneCsvRowOfEveryColumnWithoutTheForbiddenCharacters() {
        for (Map.Entry<String, String> text : texts().entrySet()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GrantsCsvWriter out = new GrantsCsvWriter(bytes)) {
                out.write(grant(text.getKey()));
            }

            List<List<String>> rows = rows(bytes.toString(StandardCharsets.UTF_8));

            assertThat(rows).as(escaped(text.getKey())).hasSize(2);
            assertThat(rows.get(1)).hasSize(GrantsCsvWriter.COLUMNS.size());
            // a text that starts with = once cleaned is still quoted as text, not taken for a formula
            String expected = text.getValue().startsWith("=") ? "'" + text.getValue() : text.getValue();
            for (String column : List.of("title", "programmeName", "donorName", "associationName")) {
                assertThat(rows.get(1).get(GrantsCsvWriter.COLUMNS.indexOf(column))).as(column).isEqualTo(expected);
            }
        }
    }

    private static ExportedGrant grant(String text) {
        UUID grantId = UUID.randomUUID();
        return new ExportedGrant(grantId, text, text, "EUR", new BigDecimal("12000.00"), new BigDecimal("10000.00"),
                new BigDecimal("4000.00"), "ACTIVE", Instant.parse("2024-03-01T10:00:00Z"), 12, "MICROFINANCE",
                "SOCIAL_PERFORMANCE", UUID.randomUUID(), text, text, "assoc1", UUID.randomUUID(), text, "KE", "AFRICA",
                null, List.of(new ExportedGrant.Payment(UUID.randomUUID(), 1, new BigDecimal("4000.00"),
                        LocalDate.parse("2024-04-01"))));
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String narrative(Element activity, String element) {
        return ((Element) activity.getElementsByTagName(element).item(0)).getElementsByTagName("narrative").item(0)
                .getTextContent();
    }

    /** RFC 4180: fields split on commas, quoted fields may hold commas, quotes (doubled) and line breaks. */
    private static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("a bare quote or line break outside a quoted field").isNotIn('"', '\r', '\n');
                cell.append(c);
            }
        }
        assertThat(quoted).as("an unterminated quoted field").isFalse();
        assertThat(row).as("a last row without CRLF").isEmpty();
        return rows;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? "\\u%04X".formatted(c) : String.valueOf((char) c)));
        return out.toString();
    }
}
