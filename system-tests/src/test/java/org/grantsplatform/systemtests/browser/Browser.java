package org.grantsplatform.systemtests.browser;

import org.grantsplatform.systemtests.Platform;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;

/**
 * One real headless Chromium (Debian's {@code chromium}, driven through Debian's {@code chromedriver}; Selenium
 * Manager never runs, nothing is downloaded) for a test class or for one user of a journey, with the checks
 * every page of the journeys passes: {@link #page(String)} runs axe-core, looks for horizontal scroll at 390 px
 * and saves screenshots at 1366 and 390 px under {@code target/screenshots/}.
 *
 * <p>Register it on a static field, one per user, so that it is closed after the class and keeps a screenshot
 * and the page source of a failed test under {@code target/browser-failures/}:
 * <pre>{@code
 * @ExtendWith(Platform.class)
 * class ApplicantJourneyTest {
 *     @RegisterExtension
 *     static final Browser assoc1 = Browser.portal("assoc1");
 *
 *     @Test
 *     void shouldApply() {
 *         assoc1.login("assoc1");
 *         assoc1.page("home");
 *         assoc1.clickLink("My associations");
 *         ...
 * }</pre>
 * Chromium starts at the first call that needs it, so the platform extension has started everything by then.
 * Outside JUnit, {@code try (Browser b = new Browser(...))} closes it. Every wait is an explicit
 * {@link WebDriverWait} of {@link #TIMEOUT}.
 */
public final class Browser implements AfterTestExecutionCallback, AfterAllCallback, AutoCloseable {

    /** Every explicit wait; {@code -Dbrowser.timeout=<seconds>} on a slow machine. */
    public static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("browser.timeout", 30));
    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    /** ARCHITECTURE.md, "A real browser for tests": as root, with no network, and nothing reaching outside. */
    static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    /** Longer pages are cut here: a screenshot is for a person to look at. */
    private static final int MAX_SCREENSHOT_HEIGHT = 12_000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    private final String baseUrl;
    private final String name;
    private final Path output;
    private String acceptLanguages = "en-GB,en";
    private ChromeDriver driver;
    private Path profile;
    private WebElement lastField;

    /**
     * @param baseUrl where relative paths of {@link #open(String)} start, and where {@link #login(String)} expects
     *                to land after Keycloak's form (e.g. {@code http://127.0.0.1:18080})
     * @param name    tells this browser's files apart from another user's browser in the same test (may be null)
     */
    public Browser(String baseUrl, String name) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.name = name;
        this.output = Path.of(System.getProperty("browser.output", "target")).toAbsolutePath();
    }

    /** A browser on the suite's portal, its files named after {@code name} (a user, say). */
    public static Browser portal(String name) {
        return new Browser("http://127.0.0.1:" + Platform.PORTAL, name);
    }

    /** A browser on the suite's portal. */
    public static Browser portal() {
        return portal(null);
    }

    /**
     * The languages the browser asks pages in ({@code Accept-Language}), e.g. {@code "es-ES,es"}; before it starts.
     * Journeys compare English text, so English (en-GB) is the default.
     */
    public Browser acceptingLanguages(String languages) {
        if (driver != null) {
            throw new IllegalStateException("the browser has started: set its languages first");
        }
        acceptLanguages = languages;
        return this;
    }

    // ------------------------------------------------------------------ the browser itself

    /** The driver, started at the first call: for what the helpers below do not cover. */
    public synchronized ChromeDriver driver() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    private void start() {
        try {
            Path chromium = installed(System.getProperty("browser.chromium", "/usr/bin/chromium"));
            Path chromedriver = installed(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
            profile = Files.createTempDirectory("browser-profile-");
            Path logs = Files.createDirectories(output.resolve("browser-logs"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments(FLAGS);
            options.addArguments("--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
            // dates and numbers in one locale whatever the machine's LANG: journeys compare text
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
            // an explicit driver: Selenium Manager is only asked when no executable is given
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .withLogFile(logs.resolve("chromedriver" + suffix() + ".log").toFile())
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
            viewport(DESKTOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path installed(String executable) {
        Path path = Path.of(executable);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("no " + path + ": the browser tests need Debian's chromium and "
                    + "chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        return path;
    }

    @Override
    public synchronized void close() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteProfile();
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is no test failure
        }
        profile = null;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** A failed test keeps what this browser showed: {@code target/browser-failures/<test>-<time>.{png,html}}. */
    @Override
    public void afterTestExecution(ExtensionContext context) {
        // a skipped step (an assumption not met) is no failure: nothing to keep
        if (context.getExecutionException().filter(e -> !(e instanceof TestAbortedException)).isEmpty()
                || driver == null) {
            return;
        }
        String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        Path base = output.resolve("browser-failures").resolve(test + suffix() + "-" + LocalDateTime.now().format(STAMP));
        keepFailure(base);
    }

    /** Writes {@code <base>.png} and {@code <base>.html}; a browser that cannot answer any more leaves a note. */
    void keepFailure(Path base) {
        try {
            Files.createDirectories(base.getParent());
            Path html = Path.of(base + ".html");
            Files.writeString(html, "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
            Files.write(Path.of(base + ".png"), capture(MAX_SCREENSHOT_HEIGHT));
            System.err.println("browser" + suffix() + ": failure kept in " + base + ".{png,html}");
        } catch (IOException | WebDriverException e) {
            System.err.println("browser" + suffix() + ": could not keep the failure (" + e.getMessage() + ")");
        }
    }

    private String suffix() {
        return name == null ? "" : "-" + name;
    }

    // ------------------------------------------------------------------ navigation and login

    /** Opens a path under the base URL (or an absolute URL) and waits until the page has loaded. */
    public Browser open(String pathOrUrl) {
        driver().get(pathOrUrl.matches("^[a-z]+:.*") ? pathOrUrl : baseUrl + pathOrUrl);
        awaitSettled();
        return this;
    }

    public String url() {
        return driver().getCurrentUrl();
    }

    public String title() {
        return driver().getTitle();
    }

    public String source() {
        return driver().getPageSource();
    }

    /** The browser's back button. */
    public Browser back() {
        driver().navigate().back();
        awaitSettled();
        return this;
    }

    /** Logs in through the real Keycloak login page from the base URL. */
    public Browser login(String user) {
        return login(user, "/");
    }

    /**
     * Opens {@code path}, expects to be sent to Keycloak's login form, fills {@code username} and {@code password}
     * (the user name: the demo users' password), submits, and waits until the browser is back under the base URL.
     * Fails with Keycloak's own message when it refuses the login, and when no login form appears (a session of
     * this browser already exists: use one browser per user).
     */
    public Browser login(String user, String path) {
        open(path);
        try {
            await("Keycloak's login form after opening " + path).until(
                    ExpectedConditions.presenceOfElementLocated(By.id("username")));
        } catch (TimeoutException e) {
            throw new AssertionError("no login form at " + url() + " after opening " + path
                    + ": is this browser already logged in? (use one Browser per user)", e);
        }
        WebElement username = driver.findElement(By.id("username"));
        username.clear();
        username.sendKeys(user);
        WebElement password = driver.findElement(By.id("password"));
        password.clear();
        password.sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        String refused = await("back on " + baseUrl + " after logging in as " + user).until(d -> {
            if (d.getCurrentUrl().startsWith(baseUrl)) {
                return "";
            }
            List<WebElement> errors = d.findElements(By.cssSelector("#input-error, .kc-feedback-text, [id^=input-error]"));
            return errors.isEmpty() || errors.get(0).getText().isBlank() ? null : errors.get(0).getText();
        });
        if (!refused.isEmpty()) {
            throw new AssertionError("Keycloak refused " + user + ": " + refused);
        }
        awaitSettled();
        return this;
    }

    // ------------------------------------------------------------------ finding, reading, typing, clicking

    /** Waits until an element is visible and returns it. */
    public WebElement waitFor(By locator) {
        return await(locator + " to be visible on " + url())
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the page's visible text contains {@code text}. */
    public Browser waitForText(String text) {
        await("'" + text + "' on " + url()).until(d -> {
            try {
                return d.findElement(By.tagName("body")).getText().contains(text);
            } catch (WebDriverException e) {
                return false;
            }
        });
        return this;
    }

    /** The visible text of an element, once it is visible. */
    public String text(By locator) {
        return waitFor(locator).getText();
    }

    /** The visible text of the element a CSS selector finds. */
    public String text(String cssSelector) {
        return text(By.cssSelector(cssSelector));
    }

    /** Whether the page shows {@code text} now (no wait: for asserting absence after a page has settled). */
    public boolean shows(String text) {
        return driver().findElement(By.tagName("body")).getText().contains(text);
    }

    /** Clicks the link whose visible text is {@code text} and waits for the page (or the part htmx swapped). */
    public Browser clickLink(String text) {
        return clickAndAwaitReplacement(await("a link '" + text + "' on " + url())
                .until(ExpectedConditions.elementToBeClickable(By.linkText(text))));
    }

    /**
     * Clicks the button ({@code <button>} or {@code <input type=submit|button>}) whose visible text is {@code text}
     * and waits for the page (or the part htmx swapped) that answers it.
     */
    public Browser clickButton(String text) {
        return clickAndAwaitReplacement(button(text));
    }

    /** Submits the form of the last field filled, through its first submit button (as a person would). */
    public Browser submit() {
        if (lastField == null) {
            throw new IllegalStateException("no field filled yet: use clickButton(text)");
        }
        WebElement form = lastField.findElement(By.xpath("ancestor::form[1]"));
        List<WebElement> buttons = form.findElements(
                By.cssSelector("button:not([type]), button[type=submit], input[type=submit]"));
        if (buttons.isEmpty()) {
            throw new AssertionError("the form of the last field has no submit button on " + url());
        }
        return clickAndAwaitReplacement(buttons.get(0));
    }

    /**
     * Clicks the element a locator finds (a link or button within one part of the page, where its text alone is
     * not unique) and waits for the page (or the part htmx swapped) that answers it.
     */
    public Browser clickAndWait(By locator) {
        return clickAndAwaitReplacement(await(locator + " to be clickable on " + url())
                .until(ExpectedConditions.elementToBeClickable(locator)));
    }

    /** Clicks an element and waits only until htmx, if the page uses it, has finished: for partial updates. */
    public Browser click(By locator) {
        await(locator + " to be clickable on " + url())
                .until(ExpectedConditions.elementToBeClickable(locator)).click();
        awaitSettled();
        return this;
    }

    /**
     * Fills the field that the label with this visible text names ({@code <label for=id>}, or a field inside
     * the label): text, number, email, textarea, date (ISO value) alike; a select by its option's visible text; a
     * checkbox or radio button is set to {@code "true"} or {@code "false"}. The field gets input and change events
     * as from typing, so htmx triggers and live totals follow.
     */
    public Browser fill(String label, String value) {
        WebElement field = field(label);
        String tag = field.getTagName().toLowerCase(Locale.ROOT);
        String type = String.valueOf(field.getAttribute("type")).toLowerCase(Locale.ROOT);
        if (tag.equals("select")) {
            new Select(field).selectByVisibleText(value);
        } else if (type.equals("checkbox") || type.equals("radio")) {
            if (field.isSelected() != Boolean.parseBoolean(value)) {
                field.click();
            }
        } else if (Set.of("date", "time", "datetime-local", "month", "week").contains(type)) {
            js("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                    + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
        } else {
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            field.sendKeys(value);
        }
        lastField = field;
        return this;
    }

    /**
     * The field a label names: the element its {@code for} attribute points at, or the field inside it. The
     * label's visible text must be {@code label}, or start with it (a required marker or a hint may follow).
     */
    public WebElement field(String label) {
        WebElement found = await("a label '" + label + "' on " + url()).until(d -> {
            List<WebElement> labels = d.findElements(By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]"));
            if (labels.isEmpty()) {
                labels = d.findElements(By.xpath("//label[starts-with(normalize-space(), " + xpathLiteral(label) + ")]"));
            }
            labels = labels.stream().filter(WebElement::isDisplayed).toList();
            if (labels.size() > 1) {
                throw new AssertionError(labels.size() + " labels '" + label + "' on " + url() + ": "
                        + labels.stream().map(WebElement::getText).collect(Collectors.joining(" | ")));
            }
            return labels.isEmpty() ? null : labels.get(0);
        });
        String id = found.getAttribute("for");
        if (id != null && !id.isBlank()) {
            List<WebElement> fields = driver.findElements(By.id(id));
            if (fields.isEmpty()) {
                throw new AssertionError("label '" + label + "' is for '" + id + "', which is not on " + url());
            }
            return fields.get(0);
        }
        List<WebElement> inside = found.findElements(By.cssSelector("input, select, textarea"));
        if (inside.isEmpty()) {
            throw new AssertionError("label '" + label + "' has no for= and no field inside on " + url());
        }
        return inside.get(0);
    }

    /** The current value of the field a label names. */
    public String value(String label) {
        return field(label).getDomProperty("value");
    }

    /**
     * The text that describes the field a label names ({@code aria-describedby}): where an accessible form shows
     * the field's error message; empty when there is none.
     */
    public String description(String label) {
        String ids = field(label).getAttribute("aria-describedby");
        if (ids == null || ids.isBlank()) {
            return "";
        }
        return Stream.of(ids.trim().split("\\s+"))
                .flatMap(id -> driver.findElements(By.id(id)).stream())
                .map(WebElement::getText).filter(t -> !t.isBlank())
                .collect(Collectors.joining("\n"));
    }

    /** A button a person sees: not one hidden from them ({@code aria-hidden}, such as a form's Enter default). */
    private WebElement button(String text) {
        String literal = xpathLiteral(text);
        String shown = "[not(ancestor-or-self::*[@aria-hidden='true'])]";
        By locator = By.xpath("//button[normalize-space()=" + literal + "]" + shown
                + " | //input[(@type='submit' or @type='button') and normalize-space(@value)=" + literal + "]" + shown);
        return await("a button '" + text + "' on " + url())
                .until(ExpectedConditions.elementToBeClickable(locator));
    }

    /** A click that navigates or makes htmx swap the clicked element away: waits for both, then for the page. */
    private Browser clickAndAwaitReplacement(WebElement element) {
        element.click();
        await("the page to answer the click on " + url()).until(d -> replaced(element));
        awaitSettled();
        return this;
    }

    /**
     * Whether an element has left the document. While the page is being replaced, chromedriver may answer "node
     * does not belong to the document" (an unknown error) instead of a stale reference: both mean it is gone.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The document has loaded and htmx, where present, has no request in flight or swap to settle. */
    private void awaitSettled() {
        await("the page to settle on " + url()).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && !document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping')")));
    }

    /** An explicit wait of {@link #TIMEOUT} that fails with {@code what} it waited for. */
    private FluentWait<WebDriver> await(String what) {
        return new WebDriverWait(driver(), TIMEOUT).ignoring(StaleElementReferenceException.class).withMessage(what);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    private static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "', \"'\", '") + "')";
    }

    // ------------------------------------------------------------------ the checks of every page

    /**
     * Every page of a journey: screenshots at 1366 and 390 px, axe-core with no serious or critical violation,
     * no horizontal scroll at 390 px. Both checks run, and the failure names everything that is wrong.
     */
    public Browser page(String pageName) {
        screenshots(pageName);
        List<String> problems = new ArrayList<>();
        try {
            checkAccessibility(pageName);
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
        try {
            assertNoHorizontalScroll();
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("page " + pageName + ":\n" + String.join("\n", problems));
        }
        return this;
    }

    /**
     * Runs axe-core on the current page and fails listing every serious or critical violation with its rule,
     * help text and the nodes it found; all violations, of any impact, go to {@code target/axe/<pageName>.txt}.
     */
    public Browser checkAccessibility(String pageName) {
        List<Rule> blocking = accessibilityViolations(pageName).stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())).toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError("axe-core found " + blocking.size() + " serious or critical violation(s) on "
                    + pageName + " (" + url() + "):\n" + describe(blocking));
        }
        return this;
    }

    /** Every axe-core violation on the current page, whatever its impact; also written to {@code target/axe/}. */
    public List<Rule> accessibilityViolations(String pageName) {
        Results results = new AxeBuilder().analyze(driver());
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not run on " + pageName + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        try {
            Path report = Files.createDirectories(output.resolve("axe")).resolve(pageName + ".txt");
            Files.writeString(report, url() + "\n" + (violations.isEmpty() ? "no violations\n" : describe(violations)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    private static String describe(List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        for (Rule rule : rules) {
            out.append("- [").append(rule.getImpact()).append("] ").append(rule.getId()).append(": ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")\n");
            for (CheckedNode node : rule.getNodes()) {
                out.append("    ").append(node.getTarget()).append("  ").append(abbreviate(node.getHtml())).append('\n');
            }
        }
        return out.toString();
    }

    private static String abbreviate(String html) {
        String flat = html == null ? "" : html.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }

    /**
     * At 390 x 844 the page must fit its width: {@code document.documentElement.scrollWidth <= window.innerWidth}.
     * The failure names the widest element that sticks out (outside any scrolling container of its own). The
     * window is set back to its former size either way.
     */
    public Browser assertNoHorizontalScroll() {
        Dimension before = viewportSize();
        viewport(PHONE);
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> fit = (Map<String, Object>) js("""
                    const width = window.innerWidth;
                    const result = {scrollWidth: document.documentElement.scrollWidth, innerWidth: width};
                    if (result.scrollWidth <= width) return result;
                    const scrolls = el => { for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                        const o = getComputedStyle(a).overflowX; if (o !== 'visible') return true; } return false; };
                    const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                        + [...el.classList].map(c => '.' + c).join('');
                    let widest = null, widestWidth = -1, count = 0;
                    for (const el of document.body.querySelectorAll('*')) {
                        const r = el.getBoundingClientRect();
                        if (r.right <= width + 0.5 || r.width === 0 || scrolls(el)) continue;
                        count++;
                        if (r.width > widestWidth) { widest = el; widestWidth = r.width; }
                    }
                    if (widest) {
                        const path = [];
                        for (let a = widest; a && a !== document.body; a = a.parentElement) path.unshift(name(a));
                        result.widest = path.join(' > ') + ' (' + Math.round(widestWidth) + ' px wide, right edge at '
                            + Math.round(widest.getBoundingClientRect().right) + ' px)';
                        const text = (widest.innerText || '').trim().replace(/\\s+/g, ' ');
                        if (text) result.widest += ' "' + text.substring(0, 60) + '"';
                        result.count = count;
                    }
                    return result;
                    """);
            long scrollWidth = ((Number) fit.get("scrollWidth")).longValue();
            long innerWidth = ((Number) fit.get("innerWidth")).longValue();
            if (scrollWidth > innerWidth) {
                throw new AssertionError("horizontal scroll at " + innerWidth + " px on " + url() + ": the page is "
                        + scrollWidth + " px wide; widest element sticking out: "
                        + fit.getOrDefault("widest", "none found (a pseudo-element or a margin?)")
                        + (fit.containsKey("count") ? "; " + fit.get("count") + " element(s) stick out" : ""));
            }
        } finally {
            viewport(before);
        }
        return this;
    }

    /**
     * Saves {@code target/screenshots/<pageName>-1366.png} and {@code -390.png}, each the whole height of the page
     * (up to 12,000 px); the window is set back to its former size.
     */
    public Browser screenshots(String pageName) {
        Dimension before = viewportSize();
        try {
            Path folder = Files.createDirectories(output.resolve("screenshots"));
            for (Dimension size : List.of(DESKTOP, PHONE)) {
                viewport(size);
                Files.write(folder.resolve(pageName + "-" + size.width + ".png"), capture(MAX_SCREENSHOT_HEIGHT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            viewport(before);
        }
        return this;
    }

    /** A PNG of the whole page at the current width, through the DevTools protocol (no window resize). */
    private byte[] capture(int maxHeight) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) js("return {width: window.innerWidth, height: Math.max("
                + "document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0,"
                + " window.innerHeight)};");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), maxHeight);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** The size of the page's viewport (window.innerWidth x innerHeight). */
    private Dimension viewportSize() {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) js("return {w: window.innerWidth, h: window.innerHeight};");
        return new Dimension(((Number) size.get("w")).intValue(), ((Number) size.get("h")).intValue());
    }

    /** Sizes the window so that the viewport is exactly {@code size}, and waits until the page has it. */
    private void viewport(Dimension size) {
        resize(size);
        Dimension inner = viewportSize();
        Dimension outer = driver.manage().window().getSize();
        if (!inner.equals(size)) {
            resize(new Dimension(size.width + outer.width - inner.width, size.height + outer.height - inner.height));
        }
        await("a viewport of " + size + " (" + viewportSize() + " now)").until(d -> viewportSize().equals(size));
    }

    /**
     * Sets the window's size and, when that changed it, waits until the page's viewport has changed too: the page
     * learns of a resize a moment after the window has it, and on a loaded machine a viewport read at once is the
     * old one (which made a window size out of range).
     */
    private void resize(Dimension outer) {
        Dimension windowBefore = driver.manage().window().getSize();
        Dimension viewportBefore = viewportSize();
        driver.manage().window().setSize(outer);
        if (!driver.manage().window().getSize().equals(windowBefore)) {
            await("the viewport (" + viewportBefore + ") to follow the window resized to " + outer)
                    .until(d -> !viewportSize().equals(viewportBefore));
        }
    }
}
