package io.pacer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real headless Chromium (Debian's chromium + chromium-driver; nothing is downloaded: the driver
 * and the browser binary are given, so Selenium Manager is never asked) against the stack with the demo loaded.
 * Screenshots go to target/screenshots.
 */
@ExtendWith(StackExtension.class)
@Order(3)
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Stack.TARGET.resolve("screenshots");

    private static WebDriver driver;
    private static Path profile;

    @BeforeAll
    static void browser(Stack stack) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no headless browser: Debian's packages chromium and chromium-driver (" + CHROMIUM + ", "
                        + CHROMEDRIVER + ") are not installed; apt-get install chromium chromium-driver");
        stack.loadDemo();
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory(Files.createDirectories(Stack.TARGET.resolve("chromium")), "profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(Stack.TARGET.resolve("logs/chromedriver.log").toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @Test
    void anOfficeSeesTheZoneOpensItsDetailAndAcknowledgesItsLaggingCompletions(Stack stack) throws IOException {
        // the data must have flowed through before the page can show it
        DemoFacts.awaitZoneRevenue(stack);
        JsonNode restAlert = DemoFacts.awaitCompletionsAlert(stack);
        // the page redraws its lists on every SSE transition: an element found a moment ago may have been replaced
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);

        driver.get(stack.aggregate() + "/?lang=en");
        wait.until(ExpectedConditions.visibilityOfElementLocated(test("token-input"))).sendKeys(stack.adminToken);
        driver.findElement(test("sign-in-button")).click();
        wait.until(d -> new Select(d.findElement(By.id("parent-select"))).getOptions().stream()
                .anyMatch(o -> DemoFacts.DISTRICT.equals(o.getDomProperty("value"))));

        new Select(driver.findElement(By.id("parent-select"))).selectByValue(DemoFacts.DISTRICT);
        new Select(driver.findElement(By.id("indicator-select"))).selectByValue("fiscal_revenue");
        new Select(driver.findElement(By.id("period-select"))).selectByValue(DemoFacts.ZONE_MONTH);
        driver.findElement(test("by-growth")).click();
        By zoneRow = By.cssSelector("tr[data-test=ranking-row][data-region-id='" + DemoFacts.ZONE + "']");
        wait.until(d -> d.getCurrentUrl().contains("by=growth") && d.getCurrentUrl().contains(DemoFacts.ZONE_MONTH)
                && !d.findElements(zoneRow).isEmpty()
                && "24600".equals(d.findElement(zoneRow).findElement(test("ytd")).getDomAttribute("data-value")));
        // the rank shown is aggregate-service's rank by growth
        JsonNode ranking = Http.get(stack.aggregate() + "/api/v1/rankings?parent=" + DemoFacts.DISTRICT
                + "&indicator=fiscal_revenue&period=" + DemoFacts.ZONE_MONTH + "&by=growth", stack.adminToken);
        String rank = null;
        for (JsonNode r : ranking.get("rows")) {
            if (DemoFacts.ZONE.equals(r.get("regionId").asString())) {
                rank = r.get("rank").asString();
            }
        }
        String expectedRank = rank;
        // the table is redrawn whenever an alert changes (SSE): read a row afresh if it was replaced meanwhile
        fresh(wait, d -> {
            WebElement row = d.findElement(zoneRow);
            assertThat(row.findElement(test("ytd")).getText()).isEqualTo("24,600");
            assertThat(row.findElement(test("prior-ytd")).getDomAttribute("data-value")).isEqualTo("15452");
            assertThat(row.findElement(test("growth")).getText()).isEqualTo("+59.2%");
            assertThat(Double.parseDouble(row.findElement(test("growth")).getDomAttribute("data-value")))
                    .isCloseTo(DemoFacts.ZONE_GROWTH, within(1e-9));
            assertThat(row.findElement(test("rank")).getText()).isEqualTo(expectedRank);
        });
        screenshot("1-ranking-fiscal-revenue.png");

        fresh(wait, d -> d.findElement(zoneRow).click());
        WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        wait.until(d -> DemoFacts.ZONE.equals(detail.getDomAttribute("data-region-id"))
                && !d.findElements(By.cssSelector("tr[data-test=contributor-row]")).isEmpty()
                && d.findElement(test("detail-ytd")).getText().contains("24,600"));
        assertThat(detail.findElement(test("detail-growth")).getText()).contains("+59.2%");
        fresh(wait, d -> assertThat(d.findElements(By.cssSelector("tr[data-test=contributor-row]")))
                .extracting(c -> c.getDomAttribute("data-entity-id")).contains(DemoFacts.ZONE + "-fin"));
        WebElement chart = driver.findElement(test("detail-chart"));
        wait.until(d -> !chart.findElements(By.cssSelector("canvas, [data-test=chart-table]")).isEmpty());
        screenshot("2-zone-detail.png");

        // the alert, in the alerts panel; opening it switches the ranking to its indicator and month
        By alertItem = By.cssSelector("li[data-test=alert-item][data-rule=PROGRESS_LAG][data-region-id='"
                + DemoFacts.ZONE + "'][data-indicator=projects_completed]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(alertItem));
        fresh(wait, d -> {
            WebElement item = d.findElement(alertItem);
            assertThat(item.getDomAttribute("data-alert-id")).isEqualTo(restAlert.get("id").asString());
            assertThat(item.getDomAttribute("data-severity")).isEqualTo("YELLOW");
        });
        fresh(wait, d -> d.findElement(alertItem).findElement(By.tagName("a")).click());
        wait.until(d -> d.getCurrentUrl().contains("indicator=projects_completed")
                && !d.findElements(zoneRow).isEmpty()
                && "YELLOW".equals(d.findElement(zoneRow).getDomAttribute("data-light")));
        screenshot("3-projects-completed-yellow.png");

        String alertId = restAlert.get("id").asString();
        // the list is redrawn on every SSE transition: find the button afresh until a click lands
        By ackButton = By.cssSelector("[data-test=ack-button][data-alert-id='" + alertId + "']");
        fresh(wait, d -> d.findElement(ackButton).click());
        wait.until(ExpectedConditions.visibilityOfElementLocated(test("ack-by"))).sendKeys("E2E duty officer");
        driver.findElement(test("ack-note")).sendKeys("Two completions slipped to next month");
        driver.findElement(test("ack-plan")).sendKeys("Weekly site visits until both are accepted");
        driver.findElement(test("ack-submit")).click();
        By acked = By.cssSelector("li[data-test=alert-item][data-alert-id='" + alertId + "'] [data-test=ack-info]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(acked));
        fresh(wait, d -> assertThat(d.findElement(acked).getText()).contains("E2E duty officer"));
        screenshot("4-alert-acknowledged.png");

        JsonNode ack = DemoFacts.completionsAlert(stack).get("ack");
        assertThat(ack.get("by").asString()).isEqualTo("E2E duty officer");
        assertThat(ack.get("note").asString()).isEqualTo("Two completions slipped to next month");
        assertThat(ack.get("actionPlan").asString()).isEqualTo("Weekly site visits until both are accepted");
    }

    /** Runs the step again when the element it used was replaced by a redraw; an assertion failure fails at once. */
    private static void fresh(WebDriverWait wait, java.util.function.Consumer<WebDriver> step) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            step.accept(d);
            return true;
        });
    }

    private static By test(String name) {
        return By.cssSelector("[data-test='" + name + "']");
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
