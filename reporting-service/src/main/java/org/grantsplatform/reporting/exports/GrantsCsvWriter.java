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

/** Writes one RFC 4180 row per grant, amounts plain with two decimals in the grant's currency. */
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
                text(g.region()), text(g.window()), text(g.strategies()).replace(',', ';'), g.currency(),
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

    /** Free text that a spreadsheet would take for a formula is quoted as text (CSV injection). */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
