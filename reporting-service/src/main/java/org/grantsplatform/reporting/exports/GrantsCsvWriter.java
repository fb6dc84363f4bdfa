package org.grantsplatform.reporting.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.grantsplatform.runtime.text.SafeText;

/**
 * Writes one RFC 4180 row per grant, amounts plain with two decimals in the grant's currency. Text is written without
 * the characters {@link SafeText} forbids, which events from before requests refused them may carry.
 */
final class GrantsCsvWriter implements AutoCloseable {

    static final List<String> COLUMNS = List.of("grantId", "title", "programmeId", "programmeName", "donorName",
            "associationId", "associationName", "country", "region", "window", "strategies", "currency",
            "amountAppliedFor", "amountAwarded", "amountDisbursed", "outstanding", "status", "awardDate");

    private final Writer out;

    GrantsCsvWriter(OutputStream stream) {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        line(COLUMNS);
    }

    void write(ExportedGrant g) {
        line(List.of(g.grantId().toString(), text(g.title()), g.programmeId().toString(), text(g.programmeName()),
                text(g.donorName()), g.associationId().toString(), text(g.associationName()), text(g.country()),
                text(g.region()), text(g.window()), text(g.strategies()).replace(',', ';'), text(g.currency()),
                money(g.requested()), money(g.awarded()), money(g.disbursed()),
                money(g.awarded().subtract(g.disbursed())), g.status(), g.awardDate().toString()));
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(escape(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /**
     * Free text that a spreadsheet would take for a formula is quoted as text (CSV injection), judged after the
     * forbidden characters are gone so that none can hide a leading {@code =}.
     */
    private static String text(String value) {
        String safe = SafeText.strip(value);
        if (safe == null) {
            return "";
        }
        return !safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0 ? "'" + safe : safe;
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
