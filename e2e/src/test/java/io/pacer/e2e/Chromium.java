package io.pacer.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the browser tests: Debian's chromium + chromium-driver, given by path, so Selenium
 * Manager is never asked and nothing is downloaded. A test class without them is skipped, saying what to install.
 * Screenshots go to target/screenshots.
 */
final class Chromium implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Stack.TARGET.resolve("screenshots");

    final WebDriver driver;

    private Chromium(WebDriver driver) {
        this.driver = driver;
    }

    /** Skips the calling test class when the browser or its driver is not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "no headless browser: Debian's packages chromium and chromium-driver (" + BINARY + ", " + DRIVER
                        + ") are not installed; apt-get install chromium chromium-driver");
    }

    /** A fresh browser with a profile of its own; its driver logs to target/logs/chromedriver-{name}.log. */
    static Chromium start(String name) throws IOException {
        assumeInstalled();
        Files.createDirectories(SCREENSHOTS);
        Path profile = Files.createTempDirectory(Files.createDirectories(Stack.TARGET.resolve("chromium")), "profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(Files.createDirectories(Stack.TARGET.resolve("logs"))
                        .resolve("chromedriver-" + name + ".log").toFile())
                .build();
        return new Chromium(new ChromeDriver(service, options));
    }

    void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The element the page marks with {@code data-test="name"}. */
    static By test(String name) {
        return By.cssSelector("[data-test='" + name + "']");
    }

    /** Runs the step again when the element it used was replaced by a redraw; an assertion failure fails at once. */
    static void fresh(WebDriverWait wait, Consumer<WebDriver> step) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            step.accept(d);
            return true;
        });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
