package com.tripavail.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.not;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.tripavail.dev.DemoAccounts;
import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HeadlessChromium;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.TestSettings;
import com.tripavail.testenv.TripAvailServer;
import com.tripavail.testenv.Uploads;
import io.restassured.path.json.JsonPath;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The traveler web pages in a real browser (Debian's headless Chromium): the deployment guide's web
 * smoke steps, then the whole path for a demo hotel and a demo tour at a phone and a desktop width —
 * search with a typo, detail, sign-up, quote, hold with its countdown, pay (declined then ok, and
 * asynchronously), my bookings, cancel with the policy's refund. Every page is checked with axe-core
 * (no serious or critical violation) and for Content-Security-Policy reports in the console;
 * screenshots land in target/web-*.png.
 */
@ExtendWith(TripAvailServer.class)
class TravelerWebBrowserIT {
    private static final Path EVIDENCE = Path.of("target");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DEMO_HOTEL_ID = "00000000-0000-4000-8000-000000000301"; // db-changelog/0019
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private ChromeDriver browser;
    private WebDriverWait wait;
    private String shotPrefix = "web";
    private final Set<String> checked = new HashSet<>();

    @RegisterExtension
    final AfterTestExecutionCallback keepFailedPage = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            shot("failure-" + context.getRequiredTestMethod().getName());
        }
    };

    /** A demo package, what a traveler types to find it (with a typo), and the dates this run books. */
    enum Demo {
        HOTEL("hotel", "alfamma double", "Alfama double room"),
        TOUR("tour", "sintra palces", "Sintra palaces day trip");

        final String kind;
        final String typed;
        final String title;

        Demo(String kind, String typed, String title) {
            this.kind = kind;
            this.typed = typed;
            this.title = title;
        }
    }

    static Stream<Arguments> pathsAndWidths() {
        return Stream.of(
                Arguments.of(Demo.HOTEL, 390, 20),
                Arguments.of(Demo.TOUR, 390, 20),
                Arguments.of(Demo.HOTEL, 1440, 30),
                Arguments.of(Demo.TOUR, 1440, 30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSmokeStepsPassAndTheLandingPageIsFastAndLight(@TempDir Path profile) throws IOException {
        openBrowser(profile, 1440, 900);
        shotPrefix = "web-smoke";

        // landing renders
        open("/");
        wait.until(visibilityOfElementLocated(By.cssSelector("#featured-hotels .card h3 a")));
        wait.until(visibilityOfElementLocated(By.cssSelector("#featured-tours .card h3 a")));
        assertThat(browser.findElements(By.cssSelector("#destinations a"))).isNotEmpty();
        double coldStart = firstContentfulPaint();
        // measured again with an empty, disabled cache: the first figure includes starting the browser's
        // renderer (seconds on a busy two-core machine), which is not the page's doing
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        open("/");
        wait.until(visibilityOfElementLocated(By.cssSelector("#featured-tours .card h3 a")));
        double fcp = firstContentfulPaint();
        assertThat(fcp).as("landing first contentful paint, ms").isBetween(0.0, 1000.0);
        long weight = pageWeightBeforeImages();
        assertThat(weight)
                .as("landing weight before images, bytes")
                .isPositive()
                .isLessThanOrEqualTo(200_000);
        System.out.printf(
                "landing: first contentful paint %.0f ms (first page of a new browser %.0f ms), %d bytes before images%n",
                fcp, coldStart, weight);
        checkPage("landing");
        save(EVIDENCE.resolve("web-landing.png"));

        // discovery list loads
        browser.findElement(By.linkText("All hotels")).click();
        wait.until(visibilityOfElementLocated(By.cssSelector("#results .card h3 a")));
        checkPage("discovery");

        // package detail renders (opened by address: a fresh page load of a deep link)
        open("/hotels/" + DEMO_HOTEL_ID);
        wait.until(textToBePresentInElementLocated(By.tagName("h1"), Demo.HOTEL.title));
        wait.until(visibilityOfElementLocated(By.cssSelector(".calendar button.day.open")));
        assertThat(browser.findElement(By.id("policy")).getText()).contains("Free cancellation until 7 days");
        assertThat(pageWeightBeforeImages()).as("detail page weight").isLessThanOrEqualTo(200_000);
        checkPage("detail");
        save(EVIDENCE.resolve("web-detail.png"));

        // a package's gallery shows its photos (uploaded through the API: the demo packages have none)
        String withPhoto = packageWithAPhoto();
        open("/hotels/" + withPhoto);
        WebElement photo = wait.until(visibilityOfElementLocated(By.cssSelector(".gallery img")));
        wait.until(
                page -> ((Number) browser.executeScript("return arguments[0].naturalWidth", photo)).intValue() == 64);
        assertThat(photo.getAttribute("alt")).endsWith("photo 1 of 1");
        checkPage("gallery");

        // quote form submits and displays price (as the demo traveler, through the log-in page)
        open("/hotels/" + DEMO_HOTEL_ID);
        wait.until(visibilityOfElementLocated(By.cssSelector(".calendar button.day.open")));
        pickDay(LocalDate.now().plusDays(12));
        browser.findElement(By.id("get-quote")).click();
        wait.until(visibilityOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("email")).sendKeys("traveler@tripavail.test");
        browser.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(textToBePresentInElementLocated(By.id("get-quote"), "Get price"));
        assertThat(browser.findElement(By.id("q-checkIn")).getAttribute("value"))
                .as("the form's values survive the log-in")
                .isEqualTo(LocalDate.now().plusDays(12).toString());
        browser.findElement(By.id("get-quote")).click();
        WebElement snapshot = wait.until(visibilityOfElementLocated(By.id("price-snapshot")));
        assertThat(snapshot.getText()).contains("Room ", "Taxes 6%", "Booking fee 3%", "Total (EUR)", "€");
        assertThat(browser.findElement(By.id("quote-expiry")).getText()).startsWith("This price is kept until");
        checkPage("quote");
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pathsAndWidths")
    void aTravelerBooksPaysAndCancelsWithOnlyABrowser(Demo demo, int width, int daysAhead, @TempDir Path profile)
            throws IOException {
        openBrowser(profile, width, 900);
        shotPrefix = "web-" + demo.kind + "-" + width;

        // search with a typo, from the landing page's search box
        open("/");
        wait.until(visibilityOfElementLocated(By.id("q"))).sendKeys(demo.typed);
        new Select(browser.findElement(By.id("kind"))).selectByValue(demo.kind);
        browser.findElement(By.cssSelector(".searchbox button[type=submit]")).click();
        clickCard(demo.title);
        wait.until(visibilityOfElementLocated(By.cssSelector(".calendar button.day.open")));
        checkPage("detail");

        // sign up on the way to the quote; a weak password is explained, not dumped
        pickDay(LocalDate.now().plusDays(daysAhead));
        browser.findElement(By.id("get-quote")).click();
        wait.until(elementToBeClickable(By.id("to-signup"))).click();
        wait.until(visibilityOfElementLocated(By.id("signup-form")));
        browser.findElement(By.id("displayName")).sendKeys("Web Traveler");
        browser.findElement(By.id("email")).sendKeys("web-" + UUID.randomUUID() + "@it.tripavail.test");
        browser.findElement(By.id("password")).sendKeys("password12");
        browser.findElement(By.cssSelector("#signup-form button[type=submit]")).click();
        assertThat(alertText()).contains("invalid").contains("password").doesNotContain("{");
        checkPage("signup");
        browser.findElement(By.id("password")).clear();
        browser.findElement(By.id("password")).sendKeys(Accounts.PASSWORD);
        browser.findElement(By.cssSelector("#signup-form button[type=submit]")).click();
        wait.until(textToBePresentInElementLocated(By.id("get-quote"), "Get price"));

        // booking A: quote, hold with a countdown, declined card, then a good one
        String first = quoteAndHold();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(page ->
                        !browser.findElement(By.id("countdown")).getText().equals(countdownAtHold));
        browser.findElement(By.id("card-pm_card_declined")).click();
        browser.findElement(By.id("pay")).click();
        assertThat(alertText()).startsWith("The payment was declined");
        assertThat(status()).isEqualTo("HOLD");
        checkPage("declined");
        browser.findElement(By.id("card-pm_card_ok")).click();
        browser.findElement(By.id("pay")).click();
        wait.until(textToBePresentInElementLocated(By.id("status"), "CONFIRMED"));
        assertThat(browser.findElement(By.id("confirmation")).getText()).startsWith("Paid €");
        checkPage("confirmed");

        // the session survives a reload: the refresh cookie (HttpOnly, Secure on http://localhost) brings it back
        browser.navigate().refresh();
        wait.until(textToBePresentInElementLocated(By.id("status"), "CONFIRMED"));
        assertThat(browser.findElement(By.id("logout")).getText()).contains("Web Traveler");
        assertThat(browser.executeScript("return document.cookie")).isEqualTo("");
        assertThat(browser.executeScript("return JSON.stringify({...localStorage})"))
                .isEqualTo("{\"tripavail.signedIn\":\"1\"}");

        // booking B: paid asynchronously, pending until the gateway's webhook settles it
        browser.findElement(By.cssSelector("dd a[href^='/" + (demo == Demo.HOTEL ? "hotels" : "tours") + "/']"))
                .click();
        wait.until(visibilityOfElementLocated(By.cssSelector(".calendar button.day.open")));
        pickDay(LocalDate.now().plusDays(daysAhead + 3));
        String second = quoteAndHold();
        browser.findElement(By.id("card-pm_card_async")).click();
        browser.findElement(By.id("pay")).click();
        wait.until(visibilityOfElementLocated(By.id("pending")));
        checkPage("pending");
        wait.until(textToBePresentInElementLocated(By.id("status"), "CONFIRMED"));

        // my bookings: both, each cancelled with the refund the policy gives (free cancellation this far ahead)
        browser.findElement(By.linkText("My bookings")).click();
        for (String booking : List.of(first, second)) {
            By row = By.cssSelector("[data-booking='" + booking + "']");
            wait.until(visibilityOfElementLocated(row));
            String total = browser.findElement(row)
                    .findElement(By.cssSelector(".booking-main p"))
                    .getText();
            browser.findElement(row)
                    .findElement(By.cssSelector("button.cancel"))
                    .click();
            String preview = browser.findElement(row)
                    .findElement(By.cssSelector(".refund-preview"))
                    .getText();
            assertThat(preview).contains("Free cancellation", "Cancelling today refunds €");
            checkPage("cancel-" + (booking.equals(first) ? "paid" : "async"));
            browser.findElement(row)
                    .findElement(By.cssSelector("button.confirm-cancel"))
                    .click();
            WebElement refund =
                    wait.until(visibilityOfElementLocated(By.cssSelector("[data-booking='" + booking + "'] .refund")));
            String refunded = refund.getText().replace("Refund", "").trim();
            assertThat(preview).endsWith(refunded + ".");
            assertThat(total).contains(refunded);
        }
        checkPage("my-bookings");
    }

    private String countdownAtHold;

    /** A published hotel package of a fresh provider with one real 64 x 48 PNG in its gallery. */
    private static String packageWithAPhoto() throws IOException {
        CatalogFixtures.HotelSetup hotel = CatalogFixtures.approvedHotelProvider(Accounts.admin());
        String id =
                HotelPackages.of(hotel).price(9900).rooms(2).stockedNights(30).publish();
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b5cad));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        String fileId = Uploads.upload(hotel.owner(), "PACKAGE_IMAGE", "image/png", png.toByteArray());
        hotel.owner()
                .as()
                .body(Map.of("fileId", fileId))
                .post("/v1/hotel-packages/" + id + "/images")
                .then()
                .statusCode(201);
        return id;
    }

    /** From a detail page with a day picked and a signed-in traveler: quote, check the snapshot, hold. */
    private String quoteAndHold() throws IOException {
        browser.findElement(By.id("get-quote")).click();
        wait.until(visibilityOfElementLocated(By.id("price-snapshot")));
        assertThat(browser.findElement(By.id("price-snapshot")).getText()).contains("Total (EUR)");
        assertThat(status()).isEqualTo("QUOTE");
        checkPage("quote");
        String id = browser.getCurrentUrl().replaceAll(".*/bookings/", "");
        browser.findElement(By.id("hold")).click();
        countdownAtHold =
                wait.until(visibilityOfElementLocated(By.id("countdown"))).getText();
        assertThat(countdownAtHold).matches("1[45]:\\d\\d");
        assertThat(status()).isEqualTo("HOLD");
        checkPage("hold");
        return id;
    }

    private void pickDay(LocalDate day) {
        WebElement button = browser.findElement(By.cssSelector("button.day.open[data-date='" + day + "']"));
        button.click();
        String field = browser.findElements(By.id("q-checkIn")).isEmpty() ? "q-departure" : "q-checkIn";
        assertThat(browser.findElement(By.id(field)).getAttribute("value")).isEqualTo(day.toString());
    }

    /** Opens a result of the discovery page (not a featured card of the page it came from). */
    private void clickCard(String title) {
        wait.until(urlContains("/search"));
        wait.ignoring(StaleElementReferenceException.class)
                .until(elementToBeClickable(By.xpath("//*[@id='results']//a[normalize-space()='" + title + "']")))
                .click();
        wait.until(textToBePresentInElementLocated(By.tagName("h1"), title));
    }

    private String status() {
        return browser.findElement(By.id("status")).getText();
    }

    private String alertText() {
        return wait.until(visibilityOfElementLocated(By.cssSelector("[role=alert]")))
                .getText();
    }

    private void openBrowser(Path profile, int width, int height) {
        browser = HeadlessChromium.start(profile, width, height, List.of());
        wait = new WebDriverWait(browser, WAIT);
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        // each browser is its own client address, as for the API tests: the anonymous limit (10/min) stays real
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand(
                "Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("X-Forwarded-For", TestSettings.nextAddress())));
    }

    private void open(String path) {
        browser.get(base() + path);
    }

    private static String base() {
        return TripAvailServer.get().baseUri();
    }

    /** axe-core: no serious or critical violation; no CSP report in the console; a screenshot. */
    private void checkPage(String name) throws IOException {
        wait.until(not(presenceOfElementLocated(By.cssSelector("button:disabled[type=submit]"))));
        if (!checked.add(name)) { // the second booking passes the same pages: one check each is enough
            shot(name);
            return;
        }
        // the pages navigate without reloading, so one injection serves every page of a document
        if (!(Boolean) browser.executeScript("return typeof window.axe === 'object'")) {
            browser.executeScript(axeSource());
        }
        String violations = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})))))"
                + ".catch(e => done('axe failed: ' + e))");
        assertThat(JsonPath.from(violations).getList("$"))
                .as("serious or critical axe violations on " + name + ": " + violations)
                .isEmpty();
        List<String> csp = browser.manage().logs().get("browser").getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
        assertThat(csp).as("CSP reports on " + name).isEmpty();
        shot(name);
    }

    private double firstContentfulPaint() {
        return ((Number)
                        browser.executeScript(
                                "const e = performance.getEntriesByName('first-contentful-paint')[0]; return e ? e.startTime : -1"))
                .doubleValue();
    }

    private long pageWeightBeforeImages() {
        return ((Number) browser.executeScript("const n = performance.getEntriesByType('navigation')[0];"
                        + "return n.decodedBodySize + performance.getEntriesByType('resource')"
                        + ".filter(r => r.initiatorType !== 'img')"
                        + ".reduce((sum, r) => sum + r.decodedBodySize, 0)"))
                .longValue();
    }

    private static String axeScript;

    private static synchronized String axeSource() throws IOException {
        if (axeScript == null) {
            try (InputStream in = TravelerWebBrowserIT.class.getClassLoader().getResourceAsStream(AXE)) {
                assertThat(in)
                        .as(AXE + " on the test classpath (org.webjars.npm:axe-core)")
                        .isNotNull();
                axeScript = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axeScript;
    }

    private void shot(String name) throws IOException {
        save(EVIDENCE.resolve(shotPrefix + "-" + name + ".png"));
    }

    private void save(Path file) throws IOException {
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
