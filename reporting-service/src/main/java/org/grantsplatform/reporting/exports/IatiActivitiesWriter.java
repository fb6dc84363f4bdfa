package org.grantsplatform.reporting.exports;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.grantsplatform.runtime.text.SafeText;

/**
 * Writes grants as IATI 2.03 activities, one at a time: the award as a commitment (transaction
 * type 2) and each paid tranche as a disbursement (type 3). The donor takes the funding role (1)
 * and the association the implementing role (4); activity status is implementation (2) while the
 * grant is active and closed (4) once completed, with its actual end date. Each activity names its default
 * language (rule 4.1.1: the narratives are in the publisher's language) and its DAC sectors ({@link IatiSectors},
 * rules 6.2.2 and 6.7.2). Text is written without the characters XML 1.0 forbids ({@link SafeText}): events from before
 * requests refused them may carry them, and one would make the whole document unreadable.
 */
final class IatiActivitiesWriter implements AutoCloseable {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final XMLStreamWriter out;
    private final String reportingOrgRef;
    private final String reportingOrgType;
    private final String reportingOrgName;
    private final String language;

    IatiActivitiesWriter(OutputStream stream, String reportingOrgRef, String reportingOrgType,
            String reportingOrgName, String language) {
        this.language = language;
        this.reportingOrgRef = reportingOrgRef;
        this.reportingOrgType = reportingOrgType;
        this.reportingOrgName = reportingOrgName;
        try {
            out = XML.createXMLStreamWriter(stream, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement("iati-activities");
            out.writeAttribute("version", "2.03");
            out.writeAttribute("generated-datetime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot start the IATI document", e);
        }
    }

    void write(ExportedGrant g) {
        try {
            out.writeStartElement("iati-activity");
            out.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
            attribute("default-currency", g.currency());
            element("iati-identifier", reportingOrgRef + "-" + g.grantId());
            out.writeStartElement("reporting-org");
            attribute("ref", reportingOrgRef);
            attribute("type", reportingOrgType);
            narrative(reportingOrgName);
            out.writeEndElement();
            narrated("title", g.title());
            narrated("description", g.description());
            participant("1", g.donorName() == null ? g.programmeName() : g.donorName());
            participant("4", g.associationName());
            boolean closed = "COMPLETED".equals(g.status());
            empty("activity-status", "code", closed ? "4" : "2");
            activityDate("2", g.awardDate());
            if (closed && g.completionDate() != null) {
                activityDate("4", g.completionDate());
            }
            empty("recipient-country", "code", g.country());
            for (Map.Entry<String, Integer> sector : IatiSectors.of(g.window(), g.strategies()).entrySet()) {
                out.writeEmptyElement("sector");
                out.writeAttribute("vocabulary", "1");
                out.writeAttribute("code", sector.getKey());
                out.writeAttribute("percentage", sector.getValue().toString());
            }
            transaction("2", g.awardDate(), g.awarded().toPlainString());
            for (ExportedGrant.Payment p : g.payments()) {
                transaction("3", p.paidOn(), p.amount().toPlainString());
            }
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write IATI activity " + g.grantId(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot finish the IATI document", e);
        }
    }

    private void activityDate(String type, LocalDate date) throws XMLStreamException {
        out.writeEmptyElement("activity-date");
        out.writeAttribute("type", type);
        out.writeAttribute("iso-date", date.toString());
    }

    private void transaction(String type, LocalDate date, String value) throws XMLStreamException {
        out.writeStartElement("transaction");
        empty("transaction-type", "code", type);
        empty("transaction-date", "iso-date", date.toString());
        out.writeStartElement("value");
        out.writeAttribute("value-date", date.toString());
        out.writeCharacters(value);
        out.writeEndElement();
        out.writeEndElement();
    }

    private void participant(String role, String name) throws XMLStreamException {
        out.writeStartElement("participating-org");
        out.writeAttribute("role", role);
        narrative(name);
        out.writeEndElement();
    }

    private void narrated(String name, String text) throws XMLStreamException {
        out.writeStartElement(name);
        narrative(text);
        out.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        element("narrative", text);
    }

    private void element(String name, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(SafeText.strip(text));
        out.writeEndElement();
    }

    /** An attribute whose value comes from events or settings rather than from this writer. */
    private void attribute(String name, String value) throws XMLStreamException {
        out.writeAttribute(name, SafeText.strip(value));
    }

    private void empty(String name, String attribute, String value) throws XMLStreamException {
        out.writeEmptyElement(name);
        attribute(attribute, value);
    }
}
