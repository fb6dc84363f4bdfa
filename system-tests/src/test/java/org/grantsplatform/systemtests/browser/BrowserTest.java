package org.grantsplatform.systemtests.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.openqa.selenium.By;

/**
 * The browser helper itself, on static pages (src/test/resources/browser), without the platform: each check
 * must catch what it is there for, so that a journey's green run means something.
 */
class BrowserTest {

    private static final String PAGES = pages();
    private static final Path OUTPUT = Path.of(System.getProperty("browser.output", "target")).toAbsolutePath();

    @RegisterExtension
    static final Browser browser = new Browser(PAGES, null);

    @Test
    void shouldPassEveryCheckOnAnAccessiblePageThatFitsAPhone() throws IOException {
        browser.open("/form.html").page("self-test-form");

        BufferedImage desktop = ImageIO.read(OUTPUT.resolve("screenshots/self-test-form-1366.png").toFile());
        BufferedImage phone = ImageIO.read(OUTPUT.resolve("screenshots/self-test-form-390.png").toFile());
        assertThat(desktop.getWidth()).isEqualTo(1366);
        assertThat(phone.getWidth()).isEqualTo(390);
        assertThat(desktop.getHeight()).as("the whole page, not the window").isGreaterThan(2000);
        assertThat(phone.getHeight()).as("the whole page, not the window").isGreaterThan(2000);
        assertThat(innerWidth()).as("the window is back at desktop size").isEqualTo(1366);
    }

    @Test
    void shouldFailTheAccessibilityCheckListingAnImageWithoutAlternativeText() {
        browser.open("/image-without-alt.html");

        assertThatThrownBy(() -> browser.checkAccessibility("self-test-image-without-alt"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[critical] image-alt")
                .hasMessageContaining("#logo");
    }

    @Test
    void shouldFailOnHorizontalScrollNamingTheWidestElementThatSticksOut() {
        browser.open("/too-wide.html");

        assertThatThrownBy(browser::assertNoHorizontalScroll)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("horizontal scroll at 390 px")
                .hasMessageContaining("main > div#budget-lines.budget (702 px wide")
                .hasMessageNotContaining("table");
        assertThat(innerWidth()).as("the window is back at desktop size").isEqualTo(1366);
    }

    @Test
    void shouldFillFieldsByTheirLabelsAndSubmitTheirForm() {
        browser.open("/form.html")
                .fill("Title", "Women's savings groups")
                .fill("Requested amount", "42000")
                .fill("Currency", "Euro")
                .fill("Start date", "2026-03-01")
                .fill("I confirm the figures", "true");
        assertThat(browser.value("Requested amount")).isEqualTo("42000");
        assertThat(browser.description("Requested amount")).isEqualTo("Must be at most 50000");

        browser.submit().waitForText("Draft saved");

        assertThat(browser.text(By.id("received")))
                .isEqualTo("title=Women's savings groups&amount=42000&currency=EUR&start=2026-03-01&confirm=yes");
        browser.clickLink("Back to the form").waitFor(By.id("title"));
        assertThat(browser.title()).startsWith("Draft application");
    }

    @Test
    void shouldKeepScreenshotAndPageSourceOfAFailedTest() throws IOException {
        FailingJourney.enabled = true;
        try {
            EngineTestKit.engine("junit-jupiter").selectors(selectClass(FailingJourney.class)).execute()
                    .testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        } finally {
            FailingJourney.enabled = false;
        }

        List<Path> kept;
        try (Stream<Path> files = Files.list(OUTPUT.resolve("browser-failures"))) {
            kept = files.filter(f -> f.getFileName().toString().startsWith("FailingJourney.shouldFailOnAPage-fixture-"))
                    .sorted().toList();
        }
        assertThat(kept).extracting(f -> f.getFileName().toString().replaceAll(".*\\.", ""))
                .containsSubsequence("html", "png");
        Path html = kept.get(kept.size() - 2);
        Path png = kept.get(kept.size() - 1);
        assertThat(Files.readString(html)).contains("<h1>Draft application</h1>");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1366);
    }

    private static long innerWidth() {
        return (Long) browser.driver().executeScript("return window.innerWidth");
    }

    private static String pages() {
        try {
            return Path.of(BrowserTest.class.getResource("/browser/form.html").toURI()).getParent().toUri().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Run only by the test above, through the JUnit engine, to fail with a browser open. */
    @EnabledIf("enabled")
    static class FailingJourney {

        static boolean enabled;

        @RegisterExtension
        static final Browser journeyBrowser = new Browser(PAGES, "fixture");

        static boolean enabled() {
            return enabled;
        }

        @Test
        void shouldFailOnAPage() {
            journeyBrowser.open("/form.html");
            fail("on purpose, to see what the browser keeps");
        }
    }
}
