package org.grantsplatform.portal.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A horizontal bar chart drawn on the server as inline SVG: no script, no style attribute (the
 * Content-Security-Policy allows neither), colours from CSS classes in portal.css. Each category's label
 * sits on its own lines above its bars (wrapped, never cut), each bar has its value written after it, and
 * room for the longest value is kept on the right, so nothing runs off the picture. The {@code viewBox} is
 * narrow (360 units) so that the text keeps about its size when the picture shrinks to a phone's width.
 *
 * <p>The picture is an image with a name ({@code <title>}) and a text alternative ({@code <desc>}, every
 * figure in words); the page's table gives the same figures. Amounts of different currencies never share
 * a chart: a caller draws one chart per currency.
 */
public final class BarChart {

    static final int WIDTH = 360;
    static final int FONT = 13;
    static final int PAD = 4;
    static final int LINE = 17;
    static final int BAR = 14;
    static final int SWATCH = 12;
    /** Ticks aimed at; the scale rounds its step to 1, 2, 2.5 or 5 times a power of ten. */
    static final int TICKS = 4;

    /** One row of bars: its name and a figure per series (null where a series has none: no bar, the "missing" text). */
    public record Category(String label, List<Value> values) {
    }

    /** A figure and how it is written (an amount with its currency, a count, a percentage). */
    public record Value(double amount, String text) {
    }

    /** A series: its name in the legend and its colour class ({@code s1} to {@code s4} in portal.css). */
    public record Series(String name, String cssClass) {
    }

    /** The axis: its largest value and the distance between ticks. */
    record Scale(double max, double step) {

        /** @param whole counts: whole ticks, and an axis up to at least {@link #TICKS}, so that 1 is not a full bar */
        static Scale of(double largest, boolean whole) {
            if (whole && largest < TICKS) {
                return new Scale(TICKS, 1);
            }
            if (largest <= 0 || Double.isNaN(largest)) {
                return new Scale(1, 0.25);
            }
            double raw = largest / TICKS;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double residual = raw / magnitude;
            double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 && !whole ? 2.5 : residual <= 5 ? 5 : 10;
            double step = nice * magnitude;
            if (whole) {
                step = Math.max(1, Math.ceil(step));
            }
            return new Scale(Math.ceil(largest / step - 1e-9) * step, step);
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            long count = Math.round(max / step);
            for (long i = 0; i <= count; i++) {
                ticks.add(i * step);
            }
            return ticks;
        }
    }

    private final String id;
    private final String title;
    private final List<Series> series;
    private final List<Category> categories;
    private final Scale scale;
    private final DoubleFunction<String> tickText;
    private final String missing;

    private BarChart(Builder b) {
        this.id = b.id;
        this.title = b.title;
        this.series = List.copyOf(b.series);
        this.categories = List.copyOf(b.categories);
        double largest = b.fixedMax != null ? b.fixedMax
                : categories.stream().flatMap(c -> c.values().stream()).filter(v -> v != null)
                        .mapToDouble(Value::amount).max().orElse(0);
        this.scale = b.fixedMax != null ? Scale.of(b.fixedMax, false) : Scale.of(largest, b.whole);
        this.tickText = b.tickText;
        this.missing = b.missing;
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<Series> series() {
        return series;
    }

    public boolean isEmpty() {
        return categories.isEmpty();
    }

    Scale scale() {
        return scale;
    }

    /** Every figure in words: "Programme A: Committed USD 30,000.00; Disbursed USD 15,000.00." */
    public String description() {
        StringBuilder out = new StringBuilder();
        for (Category c : categories) {
            List<String> figures = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                figures.add(figure(i, c.values().get(i)));
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(c.label()).append(": ").append(String.join("; ", figures)).append('.');
        }
        return out.toString();
    }

    /** The picture, as SVG to put into the page as it is (every text in it is escaped here). */
    public String svg() {
        List<String> legend = new ArrayList<>();
        double y = PAD;
        double x = PAD;
        for (Series s : series) {
            double item = SWATCH + 5 + textWidth(s.name());
            if (x > PAD && x + item > WIDTH - PAD) {
                x = PAD;
                y += LINE + 3;
            }
            legend.add(rect(s.cssClass(), x, y + 2, SWATCH, SWATCH, null));
            legend.add(text("legend", x + SWATCH + 5, y + FONT, null, s.name()));
            x += item + 16;
        }
        double plotTop = y + LINE + 10;

        List<Double> ticks = scale.ticks();
        double valueRoom = categories.stream().flatMap(c -> c.values().stream())
                .mapToDouble(v -> textWidth(v == null ? missing : v.text())).max().orElse(0);
        double left = Math.max(PAD, textWidth(tickText.apply(0)) / 2 + 1);
        double right = Math.min(WIDTH - PAD - valueRoom - 6,
                WIDTH - PAD - textWidth(tickText.apply(scale.max())) / 2);
        double plot = Math.max(right - left, 1);

        List<String> rows = new ArrayList<>();
        y = plotTop;
        for (Category c : categories) {
            for (String line : wrap(c.label(), WIDTH - 2 * PAD)) {
                rows.add(text("label", PAD, y + FONT, null, line));
                y += LINE;
            }
            y += 2;
            for (int i = 0; i < series.size(); i++) {
                Value v = c.values().get(i);
                double length = v == null ? 0 : Math.max(0, Math.min(v.amount(), scale.max())) / scale.max() * plot;
                if (v != null) {
                    rows.add(rect("bar " + series.get(i).cssClass(), left, y, length, BAR, figure(i, v)));
                }
                rows.add(text(v == null ? "value missing" : "value", left + length + 5, y + BAR - 3, null,
                        v == null ? missing : v.text()));
                y += BAR + 4;
            }
            y += 8;
        }
        double plotBottom = y;

        List<String> axis = new ArrayList<>();
        for (double tick : ticks) {
            double tx = left + tick / scale.max() * plot;
            axis.add("<line class=\"" + (tick == 0 ? "axis" : "grid") + "\" x1=\"" + n(tx) + "\" y1=\"" + n(plotTop - 4)
                    + "\" x2=\"" + n(tx) + "\" y2=\"" + n(plotBottom) + "\"/>");
            String label = tickText.apply(tick);
            double half = textWidth(label) / 2;
            double lx = Math.max(half, Math.min(WIDTH - half, tx));
            axis.add(text("tick", lx, plotBottom + FONT + 3, "middle", label));
        }
        double height = plotBottom + FONT + 3 + PAD + 4;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(n(height)).append("\" width=\"").append(WIDTH).append("\" height=\"").append(n(height))
                .append("\" font-size=\"").append(FONT).append("\" role=\"img\" aria-labelledby=\"").append(escape(id))
                .append("-title\" aria-describedby=\"").append(escape(id)).append("-desc\">");
        svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description())).append("</desc>");
        axis.forEach(svg::append);
        legend.forEach(svg::append);
        rows.forEach(svg::append);
        svg.append("</svg>");
        return svg.toString();
    }

    /** A figure in words, named after its series when there are several. */
    private String figure(int series, Value v) {
        String text = v == null ? missing : v.text();
        return this.series.size() == 1 ? text : this.series.get(series).name() + " " + text;
    }

    /**
     * How wide a text is drawn, in viewBox units, estimated generously from its characters (narrow, wide,
     * capitals, digits) so that the picture keeps room for it in any usual sans-serif font.
     */
    static double textWidth(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (" .,:;'|!ilIjft()[]".indexOf(c) >= 0) {
                em += 0.36;
            } else if ("mwMW@%".indexOf(c) >= 0) {
                em += 0.98;
            } else if (Character.isDigit(c)) {
                em += 0.64;
            } else if (Character.isUpperCase(c)) {
                em += 0.76;
            } else {
                em += 0.62;
            }
        }
        return em * FONT;
    }

    /** The label in lines that each fit the width, broken between words, or inside a word too long for a line. */
    static List<String> wrap(String label, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.trim().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (textWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (textWidth(rest) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && textWidth(rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String rect(String cssClass, double x, double y, double width, double height, String tooltip) {
        String open = "<rect class=\"" + cssClass + "\" x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(width)
                + "\" height=\"" + n(height) + "\"";
        return tooltip == null ? open + "/>" : open + "><title>" + escape(tooltip) + "</title></rect>";
    }

    private static String text(String cssClass, double x, double y, String anchor, String content) {
        return "<text class=\"" + cssClass + "\" x=\"" + n(x) + "\" y=\"" + n(y) + "\""
                + (anchor == null ? "" : " text-anchor=\"" + anchor + "\"") + ">" + escape(content) + "</text>";
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static final class Builder {

        private final String id;
        private final String title;
        private final List<Series> series = new ArrayList<>();
        private final List<Category> categories = new ArrayList<>();
        private Double fixedMax;
        private boolean whole;
        private DoubleFunction<String> tickText = v -> String.format(Locale.ROOT, "%s", v);
        private String missing = "-";

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder series(String name, String cssClass) {
            series.add(new Series(name, cssClass));
            return this;
        }

        /** A category with one value per series, in the order the series were added; null for none. */
        public Builder category(String label, Value... values) {
            if (values.length != series.size()) {
                throw new IllegalArgumentException(values.length + " values for " + series.size() + " series");
            }
            categories.add(new Category(label, Arrays.asList(values)));
            return this;
        }

        /** Counts: ticks at whole numbers. */
        public Builder whole() {
            this.whole = true;
            return this;
        }

        /** A fixed end of the scale (100 for percentages) instead of one rounded up from the largest value. */
        public Builder upTo(double max) {
            this.fixedMax = max;
            return this;
        }

        /** What a missing figure reads ("not reported"). */
        public Builder missing(String text) {
            this.missing = text;
            return this;
        }

        /** How a tick's value is written under the axis. */
        public Builder ticks(DoubleFunction<String> tickText) {
            this.tickText = tickText;
            return this;
        }

        public BarChart build() {
            if (series.isEmpty()) {
                throw new IllegalStateException("a chart needs a series");
            }
            return new BarChart(this);
        }
    }
}
