package com.tripavail.testenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (never a browser or driver
 * Selenium downloads), for the browser tests. Skipped when they are not installed, unless
 * {@code -Dtripavail.requireBrowser=true} (the README's test command installs them and sets it),
 * which makes their absence a failure.
 */
public final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /** Call per test, not in @BeforeAll: failsafe reports a class skipped there as "Tests run: 0", without the reason. */
    public static void require() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = CHROMIUM + " or " + CHROMEDRIVER + " is missing (Debian packages chromium, chromium-driver)";
        if (Boolean.getBoolean("tripavail.requireBrowser")) {
            assertThat(installed)
                    .as(missing + " and -Dtripavail.requireBrowser=true")
                    .isTrue();
        }
        assumeTrue(installed, missing + ": browser test skipped");
    }

    /** A fresh browser with its own profile directory (so no cookies carry over between tests). */
    public static ChromeDriver start(Path profile, int width, int height, List<String> extraArguments) {
        require();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setAcceptInsecureCerts(true); // Liberty's self-signed development certificate
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        // the background-networking flags: this closed network refuses Chromium's calls home
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        // an explicit driver keeps Selenium Manager (which would download one) out of it
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(driver, options);
    }
}
