package com.tripavail.it.ops;

import static com.tripavail.testenv.TestSettings.ADMIN_CENTER_PASSWORD;
import static com.tripavail.testenv.TestSettings.ADMIN_CENTER_USER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.frameToBeAvailableAndSwitchToIt;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.HeadlessChromium;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.TripAvailServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Liberty admin center as an administrator meets it, in a real browser ({@link HeadlessChromium}).
 */
@ExtendWith(TripAvailServer.class)
class AdminCenterBrowserIT {
    private static final Path EVIDENCE = Path.of("target");
    // the admin center is a large Dojo application: slow to load on two busy cores
    private static final Duration PAGE_LOAD = Duration.ofSeconds(90);

    private ChromeDriver browser;
    private WebDriverWait wait;

    @RegisterExtension
    final AfterTestExecutionCallback keepFailedPage = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            save("browser-failure-" + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openBrowser(@TempDir Path profile) {
        browser = HeadlessChromium.start(profile, 1280, 900, List.of());
        wait = new WebDriverWait(browser, PAGE_LOAD);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorLogsInToTheToolbox() throws IOException {
        logIn(ADMIN_CENTER_PASSWORD);

        // each tile arrives with its own request, in any order, and its icon after it
        List<String> tools = List.of("Java Batch", "Explore", "Server Config");
        wait.withMessage(() -> "toolbox tiles " + toolTitles())
                .until(
                        page -> toolTitles().containsAll(tools)
                                && (Boolean)
                                        browser.executeScript(
                                                "return [...document.querySelectorAll('#toolIconContainer img')].every(i => i.naturalWidth > 0)"));
        assertThat(browser.findElement(By.id("toolBox_headerWidget_SecondaryTitle"))
                        .getText())
                .isEqualTo("Toolbox");
        assertThat(browser.getCurrentUrl()).doesNotContain("login");
        save("admin-center");
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPage() {
        logIn("not-" + ADMIN_CENTER_PASSWORD);

        wait.until(textToBePresentInElementLocated(By.id("login-footer"), "unrecognized user name and/or password"));
        assertThat(browser.getCurrentUrl()).contains("/adminCenter/login.jsp");
        assertThat(browser.manage().getCookieNamed("LtpaToken2")).isNull();
        browser.get(adminCenter());
        wait.until(visibilityOfElementLocated(By.id("loginForm")));
    }

    @Test
    void theJavaBatchToolListsAJobTheApplicationRan() throws IOException {
        logIn(ADMIN_CENTER_PASSWORD);
        wait.until(elementToBeClickable(By.cssSelector("#toolIconContainer img[role='button'][alt='Java Batch']")))
                .click();
        wait.until(frameToBeAvailableAndSwitchToIt(By.id("toolIFrame")));
        wait.until(visibilityOfElementLocated(By.cssSelector("#jobInstanceGrid .gridxRow")));

        // run now and refresh, so the new instance is at the top and not pushed out of view by the timers' runs
        long execution = Jobs.run(Accounts.admin(), "booking-completion");
        long instance = given().baseUri("https://localhost")
                .port(httpsPort())
                .relaxedHTTPSValidation()
                .auth()
                .preemptive()
                .basic(ADMIN_CENTER_USER, ADMIN_CENTER_PASSWORD)
                .get("/ibm/api/batch/jobexecutions/" + execution)
                .then()
                .statusCode(200)
                .extract()
                .<Number>path("instanceId")
                .longValue();
        browser.findElement(By.cssSelector("[role='button'][title='Refresh']")).click();
        WebElement row = wait.until(
                visibilityOfElementLocated(By.cssSelector("#jobInstanceGrid .gridxRow[rowid='" + instance + "']")));

        assertThat(row.findElement(By.cssSelector("td[colid='jobName']")).getText())
                .isEqualTo("booking-completion");
        assertThat(row.findElement(By.cssSelector("td[colid='appName']")).getText())
                .isEqualTo("tripavail");
        assertThat(row.findElement(By.cssSelector("td[colid='instanceState']")).getText())
                .isEqualTo("Completed");
        save("admin-center-java-batch");
    }

    /** Opens the admin center, which must show its login form, and submits it as ADMIN_CENTER_USER. */
    private void logIn(String password) {
        browser.get(adminCenter());
        wait.until(visibilityOfElementLocated(By.id("loginForm")));
        assertThat(browser.findElement(By.id("loginTitle")).getText()).isEqualTo("Liberty Admin Center");
        browser.findElement(By.id("j_username")).sendKeys(ADMIN_CENTER_USER);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("loginButton")).click();
    }

    private List<String> toolTitles() {
        return browser.findElements(By.cssSelector("#toolIconContainer .mblIconAreaTitle")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void save(String name) throws IOException {
        Files.write(EVIDENCE.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        Files.writeString(EVIDENCE.resolve(name + ".html"), browser.getPageSource());
    }

    private static String adminCenter() {
        return "https://localhost:" + httpsPort() + "/adminCenter/";
    }

    private static int httpsPort() {
        return Integer.parseInt(System.getProperty("tripavail.httpsPort", "4543"));
    }
}
