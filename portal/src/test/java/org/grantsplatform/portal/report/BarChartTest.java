package org.grantsplatform.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartTest {

    private static BarChart money() {
        return BarChart.builder("portfolio-USD", "Committed and disbursed, USD")
                .series("Committed", "s1").series("Disbursed", "s2")
                .ticks(v -> "USD " + Math.round(v / 1000) + "K")
                .category("Rural Outreach Fund", new BarChart.Value(30000, "USD 30,000.00"), new BarChart.Value(15000, "USD 15,000.00"))
                .category("Client Protection Fund for the Andean and Caribbean member networks of 2026",
                        new BarChart.Value(120000, "USD 120,000.00"), new BarChart.Value(0, "USD 0.00"))
                .build();
    }

    @Test
    void theScaleRoundsUpToANiceStepAndStartsAtZero() {
        assertThat(BarChart.Scale.of(120000, false)).isEqualTo(new BarChart.Scale(150000, 50000));
        assertThat(BarChart.Scale.of(30000, false)).isEqualTo(new BarChart.Scale(30000, 10000));
        assertThat(BarChart.Scale.of(7, true)).isEqualTo(new BarChart.Scale(8, 2));
        assertThat(BarChart.Scale.of(3, true)).isEqualTo(new BarChart.Scale(4, 1));
        assertThat(BarChart.Scale.of(12, true)).isEqualTo(new BarChart.Scale(15, 5));
        assertThat(BarChart.Scale.of(100, false)).isEqualTo(new BarChart.Scale(100, 25));
        assertThat(BarChart.Scale.of(0, true).ticks()).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0);
        assertThat(BarChart.Scale.of(120000, false).ticks()).containsExactly(0.0, 50000.0, 100000.0, 150000.0);
    }

    @Test
    void barsAreAsLongAsTheirValuesOnTheScale() throws Exception {
        Document svg = parse(money().svg());
        List<Element> bars = elements(svg, "rect").stream().filter(r -> r.getAttribute("class").startsWith("bar")).toList();
        assertThat(bars).hasSize(4);
        double committed = number(bars.get(0), "width");
        double disbursed = number(bars.get(1), "width");
        double big = number(bars.get(2), "width");
        assertThat(disbursed / committed).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(big / committed).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(number(bars.get(3), "width")).isZero();
        assertThat(bars.get(0).getAttribute("class")).isEqualTo("bar s1");
        assertThat(bars.get(1).getAttribute("class")).isEqualTo("bar s2");
        assertThat(bars.get(0).getTextContent()).isEqualTo("Committed USD 30,000.00");
    }

    @Test
    void theLegendNamesEverySeriesWithItsColour() throws Exception {
        Document svg = parse(money().svg());
        List<String> legend = elements(svg, "text").stream().filter(t -> t.getAttribute("class").equals("legend"))
                .map(Element::getTextContent).toList();
        assertThat(legend).containsExactly("Committed", "Disbursed");
        List<String> swatches = elements(svg, "rect").stream().map(r -> r.getAttribute("class"))
                .filter(c -> !c.startsWith("bar")).toList();
        assertThat(swatches).containsExactly("s1", "s2");
    }

    @Test
    void labelsValuesAndTicksStayInsideThePicture() throws Exception {
        BarChart chart = money();
        Document svg = parse(chart.svg());
        String[] box = svg.getDocumentElement().getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        assertThat(width).isEqualTo(BarChart.WIDTH);
        for (Element text : elements(svg, "text")) {
            double x = number(text, "x");
            double w = BarChart.textWidth(text.getTextContent());
            double from = "middle".equals(text.getAttribute("text-anchor")) ? x - w / 2 : x;
            assertThat(from).as(text.getTextContent()).isGreaterThanOrEqualTo(0);
            assertThat(from + w).as(text.getTextContent()).isLessThanOrEqualTo(width);
            assertThat(number(text, "y")).as(text.getTextContent()).isBetween(0.0, height);
        }
        List<String> labels = elements(svg, "text").stream().filter(t -> t.getAttribute("class").equals("label"))
                .map(Element::getTextContent).toList();
        assertThat(labels).hasSizeGreaterThan(2).contains("Rural Outreach Fund");
        assertThat(String.join(" ", labels)).isEqualTo("Rural Outreach Fund "
                + "Client Protection Fund for the Andean and Caribbean member networks of 2026");
        List<String> ticks = elements(svg, "text").stream().filter(t -> t.getAttribute("class").equals("tick"))
                .map(Element::getTextContent).toList();
        assertThat(ticks).containsExactly("USD 0K", "USD 50K", "USD 100K", "USD 150K");
        List<String> values = elements(svg, "text").stream().filter(t -> t.getAttribute("class").equals("value"))
                .map(Element::getTextContent).toList();
        assertThat(values).containsExactly("USD 30,000.00", "USD 15,000.00", "USD 120,000.00", "USD 0.00");
    }

    @Test
    void aWordTooLongForALineIsBrokenNotCut() {
        String word = "x".repeat(80);
        List<String> lines = BarChart.wrap(word, 200);
        assertThat(String.join("", lines)).isEqualTo(word);
        assertThat(lines).allSatisfy(l -> assertThat(BarChart.textWidth(l)).isLessThanOrEqualTo(200));
    }

    @Test
    void theTextAlternativeNamesTheChartAndEveryFigure() throws Exception {
        BarChart chart = money();
        Document svg = parse(chart.svg());
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("style")).isEmpty();
        Element title = (Element) root.getElementsByTagName("title").item(0);
        Element desc = (Element) root.getElementsByTagName("desc").item(0);
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
        assertThat(root.getAttribute("aria-describedby")).isEqualTo(desc.getAttribute("id"));
        assertThat(title.getTextContent()).isEqualTo("Committed and disbursed, USD");
        assertThat(desc.getTextContent()).isEqualTo("Rural Outreach Fund: Committed USD 30,000.00; Disbursed USD 15,000.00. "
                + "Client Protection Fund for the Andean and Caribbean member networks of 2026: "
                + "Committed USD 120,000.00; Disbursed USD 0.00.");
    }

    @Test
    void textIsEscapedAndPercentagesUseTheirFixedScale() throws Exception {
        BarChart chart = BarChart.builder("sp", "Transparency <by> region").series("Transparency & more", "s1")
                .upTo(100).ticks(v -> Math.round(v) + "%").missing("not reported")
                .category("\"Asia\" & <Pacific>", new BarChart.Value(50, "50%"))
                .category("Europe", (BarChart.Value) null)
                .build();
        Document svg = parse(chart.svg());
        assertThat(svg.getDocumentElement().getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Transparency <by> region");
        assertThat(chart.scale()).isEqualTo(new BarChart.Scale(100, 25));
        assertThat(chart.description()).isEqualTo("\"Asia\" & <Pacific>: 50%. Europe: not reported.");
        assertThat(elements(svg, "text").stream().filter(t -> t.getAttribute("class").startsWith("value"))
                .map(Element::getTextContent).toList()).containsExactly("50%", "not reported");
        assertThat(elements(svg, "rect").stream().filter(r -> r.getAttribute("class").startsWith("bar")).toList())
                .hasSize(1).first().satisfies(bar -> assertThat(number(bar, "width")).isGreaterThan(0));
    }

    @Test
    void everyCategoryNeedsAValueOrNullForEachSeries() {
        assertThatThrownBy(() -> BarChart.builder("x", "x").series("a", "s1").series("b", "s2")
                .category("one", new BarChart.Value(1, "1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getParentNode() == svg.getDocumentElement()) {
                found.add(e);
            }
        }
        return found;
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
