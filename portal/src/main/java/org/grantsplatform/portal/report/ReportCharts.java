package org.grantsplatform.portal.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.grantsplatform.portal.web.Formats;
import org.grantsplatform.portal.web.Language;

/** The charts of the report pages, drawn from the reports' figures in the user's language. */
final class ReportCharts {

    private final ReportMessages m;
    private final Locale locale;

    ReportCharts(ReportMessages m, Locale locale) {
        this.m = m;
        this.locale = locale;
    }

    /** Committed and disbursed per group, one chart per currency (amounts of two currencies are never added). */
    List<BarChart> portfolio(List<PortfolioLine> lines, String grouping) {
        Map<String, BarChart.Builder> byCurrency = new LinkedHashMap<>();
        for (PortfolioLine line : lines) {
            Portfolio.Row row = line.row();
            String currency = row.currency();
            BarChart.Builder chart = byCurrency.computeIfAbsent(currency,
                    c -> BarChart.builder("portfolio-" + c, m.portfolio_chart_title(c, grouping.toLowerCase(locale)))
                            .series(m.committed(), "s1").series(m.disbursed(), "s2").ticks(money(c)));
            chart.category(line.group(), money(row.committed(), currency), money(row.disbursed(), currency));
        }
        return byCurrency.values().stream().map(BarChart.Builder::build).toList();
    }

    /** Applications per status (counts: one chart for every currency). */
    BarChart pipeline(Map<String, Long> statuses) {
        BarChart.Builder chart = BarChart.builder("pipeline", m.pipeline_chart_title()).series(m.applications(), "s1")
                .whole().ticks(this::count);
        statuses.forEach((status, count) -> chart.category(Formats.words(status, Language.current()), count(count)));
        return chart.build();
    }

    /** How many tranches are upcoming, overdue and paid. */
    BarChart disbursements(Map<String, Long> totals, Map<String, String> stateWords) {
        BarChart.Builder chart = BarChart.builder("disbursements", m.disbursements_chart_title())
                .series(m.tranches(), "s1").whole().ticks(this::count);
        totals.forEach((state, total) -> chart.category(stateWords.get(state), count(total)));
        return chart.build();
    }

    /** Per region the transparency rate and the shares of women and rural borrowers, in percent. */
    BarChart socialPerformance(List<SocialPerformance.RegionTotal> regions) {
        BarChart.Builder chart = BarChart.builder("social-performance", m.sp_chart_title())
                .series(m.transparency_rate(), "s1").series(m.women_borrowers(), "s2").series(m.rural_borrowers(), "s3")
                .upTo(100).ticks(v -> percent(BigDecimal.valueOf(v))).missing(m.not_reported());
        for (SocialPerformance.RegionTotal r : regions) {
            SocialPerformance.Indicators i = r.indicators();
            chart.category(Formats.words(r.region(), Language.current()),
                    share(r.transparencyRate() == null ? null : r.transparencyRate().movePointRight(2)),
                    share(i == null ? null : i.womenBorrowersPct()), share(i == null ? null : i.ruralBorrowersPct()));
        }
        return chart.build();
    }

    /** A grant's award, what has been paid and what is still to pay, in its currency. */
    BarChart grant(Timeline t) {
        return BarChart.builder("grant", m.grant_chart_title(t.currency()))
                .series(m.amount_in(t.currency()), "s1").ticks(money(t.currency()))
                .category(m.awarded(), money(t.awarded(), t.currency()))
                .category(m.paid_so_far(), money(t.disbursed(), t.currency()))
                .category(m.still_to_pay(), money(t.outstanding(), t.currency()))
                .build();
    }

    private BarChart.Value money(BigDecimal amount, String currency) {
        BigDecimal value = amount == null ? BigDecimal.ZERO : amount;
        return new BarChart.Value(value.doubleValue(), Formats.money(value, currency, locale));
    }

    private BarChart.Value count(long count) {
        return new BarChart.Value(count, Formats.number(count, locale));
    }

    private BarChart.Value share(BigDecimal percent) {
        return percent == null ? null : new BarChart.Value(percent.doubleValue(), percent(percent));
    }

    private String percent(BigDecimal percent) {
        return Formats.percent(percent.movePointLeft(2), locale);
    }

    private String count(double value) {
        return Formats.number(Math.round(value), locale);
    }

    /** Ticks of an amount axis, short and with their currency: "USD 50K". */
    private DoubleFunction<String> money(String currency) {
        NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(1);
        return v -> currency + "\u00a0" + compact.format(v);
    }
}
