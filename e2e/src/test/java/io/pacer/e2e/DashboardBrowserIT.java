package io.pacer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real headless {@link Chromium} against the stack with the demo loaded. Screenshots go to
 * target/screenshots.
 */
@ExtendWith(StackExtension.class)
@Order(3)
class DashboardBrowserIT {

    private static Chromium chromium;
    private static WebDriver driver;

    @BeforeAll
    static void browser(Stack stack) throws IOException {
        Chromium.assumeInstalled();
        stack.loadDemo();
        chromium = Chromium.start("dashboard");
        driver = chromium.driver;
    }

    @AfterAll
    static void quit() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
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

    private static void fresh(WebDriverWait wait, java.util.function.Consumer<WebDriver> step) {
        Chromium.fresh(wait, step);
    }

    private static By test(String name) {
        return Chromium.test(name);
    }

    private static void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
