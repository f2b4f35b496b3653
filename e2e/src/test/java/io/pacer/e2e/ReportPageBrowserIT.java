package io.pacer.e2e;

import static io.pacer.e2e.Chromium.test;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The reporters' page (ingest-service {@code /report/}) in a real headless {@link Chromium}: a factory's reporter
 * signs in, fills last month, confirms the jumps the page warns of, is told inline what the service refused, corrects
 * it, gets a receipt and finds the figures, and a revision, in its history; the page's Content-Security-Policy blocks
 * nothing it needs. Registers and token are its own ({@link ReportingFactory}: no demo needed). Screenshots
 * report-*.png go to target/screenshots.
 */
@ExtendWith(StackExtension.class)
@Order(4)
class ReportPageBrowserIT {

    private static final String ENTITY = ReportingFactory.ENTITY;
    private static final ZoneId SHANGHAI = ReportingFactory.SHANGHAI;
    /** The page opens on last month in Asia/Shanghai. */
    private static final YearMonth PERIOD = ReportingFactory.PERIOD;

    private static Chromium chromium;
    private static WebDriver driver;
    private static String reporter;

    @BeforeAll
    static void factory(Stack stack) throws IOException {
        Chromium.assumeInstalled();
        reporter = ReportingFactory.register(stack);
        chromium = Chromium.start("report");
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
    void aReporterSendsItsMonthCorrectsWhatTheServiceRefusedAndFindsItInItsHistory(Stack stack) throws IOException {
        // the form and the history are redrawn after each answer: a row found a moment ago may have been replaced
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        // every Content-Security-Policy violation of the page, from its first script on
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.cspViolations = []; document.addEventListener('securitypolicyviolation',"
                        + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
        signedOut(stack, "");
        wait.until(ExpectedConditions.visibilityOfElementLocated(test("token-input"))).sendKeys(reporter);
        driver.findElement(test("sign-in-button")).click();

        // the form: the factory's four indicators for last month, with last month's and last year's values
        wait.until(d -> d.findElements(By.cssSelector("tr[data-test=form-row]")).size() == 4);
        assertThat(driver.findElement(test("entity-select")).getDomProperty("value")).isEqualTo(ENTITY);
        assertThat(driver.findElement(test("period-input")).getDomProperty("value")).isEqualTo(PERIOD.toString());
        assertThat(cell("rp_revenue", "previous").getDomAttribute("data-value")).isEqualTo("1000");
        assertThat(cell("rp_revenue", "prior-year").getDomAttribute("data-value")).isEqualTo("900");
        assertThat(cell("rp_revenue", "basis").getText()).isEqualTo("本年累计");
        assertThat(cell("rp_power", "basis").getText()).isEqualTo("本月");
        assertThat(cell("rp_staff", "basis").getText()).isEqualTo("期末");
        assertThat(row("rp_power").findElements(test("prior-input"))).as("no prior year known: typed").hasSize(1);
        assertThat(driver.findElement(test("deadline")).getText()).contains(PERIOD.plusMonths(1) + "-15");
        chromium.screenshot("report-1-form.png");

        // rp_output stays empty: the staff figure is the third one sent (figures[2])
        cell("rp_revenue", "value-input").sendKeys("1,150");
        cell("rp_power", "value-input").sendKeys("800");
        cell("rp_power", "prior-input").sendKeys("75");
        cell("rp_staff", "value-input").sendKeys("-3");
        driver.findElement(test("send-button")).click();

        // the page warns before sending: power is 10x last month's and last year's, staff under 1/5 of last month's
        wait.until(ExpectedConditions.visibilityOfElementLocated(test("confirm-panel")));
        List<String> warned = driver.findElements(test("confirm-item")).stream()
                .map(i -> i.getDomAttribute("data-indicator") + ":" + i.getDomAttribute("data-kind")).toList();
        assertThat(warned).containsExactlyInAnyOrder("rp_power:above", "rp_power:above", "rp_staff:below");
        chromium.screenshot("report-2-confirm.png");
        driver.findElement(test("confirm-send")).click();

        // the service refuses a negative staff count: its message stands at the staff input, no other row's
        wait.until(d -> !cell("rp_staff", "value-error").getText().isEmpty());
        assertThat(cell("rp_staff", "value-error").getText()).contains("negative");
        assertThat(cell("rp_staff", "value-input").getDomAttribute("class")).contains("invalid");
        for (String other : List.of("rp_revenue", "rp_power", "rp_output")) {
            assertThat(cell(other, "value-error").getText()).as(other).isEmpty();
        }
        assertThat(driver.findElement(test("receipt")).isDisplayed()).isFalse();
        chromium.screenshot("report-3-inline-error.png");
        assertThat(history(stack)).as("nothing stored from the refused submission").isEmpty();

        WebElement staff = cell("rp_staff", "value-input");
        staff.clear();
        staff.sendKeys("118");
        assertThat(cell("rp_staff", "value-error").getText()).as("typing clears the error").isEmpty();
        driver.findElement(test("note-input")).sendKeys("新增订单，用电量上升");
        driver.findElement(test("send-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(test("confirm-panel")));
        driver.findElement(test("confirm-send")).click();

        WebElement receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(test("receipt")));
        String submissionId = receipt.findElement(test("receipt-id")).getText();
        assertThat(submissionId).isNotBlank();
        JsonNode sent = history(stack).get(0);
        assertThat(sent.get("submissionId").asString()).isEqualTo(submissionId);
        assertThat(Instant.parse(receipt.findElement(test("receipt-accepted")).getDomAttribute("data-value"))
                .truncatedTo(ChronoUnit.MILLIS))
                .isEqualTo(Instant.parse(sent.get("acceptedAt").asString()).truncatedTo(ChronoUnit.MILLIS));
        assertThat(sent.get("note").asString()).isEqualTo("新增订单，用电量上升");
        assertThat(values(sent)).containsExactlyInAnyOrderEntriesOf(Map.of("rp_revenue", 1150.0, "rp_power", 800.0,
                "rp_staff", 118.0));
        assertThat(priorYearOf(sent, "rp_power")).isEqualTo(75.0);
        // the form now shows what was sent
        wait.until(d -> "118".equals(cell("rp_staff", "submitted").getDomAttribute("data-value")));
        By sentRow = By.cssSelector("tr[data-test=history-row][data-submission-id='" + submissionId + "']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(sentRow));
        assertThat(driver.findElement(sentRow).findElements(By.cssSelector("[data-test=history-figure]")).stream()
                .map(f -> f.getDomAttribute("data-indicator") + "=" + f.getDomAttribute("data-value")))
                .containsExactlyInAnyOrder("rp_revenue=1150", "rp_power=800", "rp_staff=118");
        chromium.screenshot("report-4-receipt.png");

        // a correction of the same month is a revision, shown as such
        cell("rp_staff", "value-input").sendKeys("119");
        driver.findElement(test("send-button")).click();
        wait.until(d -> !submissionId.equals(d.findElement(test("receipt-id")).getText())
                && d.findElement(test("receipt")).isDisplayed());
        wait.until(d -> d.findElements(By.cssSelector("tr[data-test=history-row][data-period='" + PERIOD + "']"))
                .size() == 2);
        WebElement newest = driver.findElements(By.cssSelector("tr[data-test=history-row]")).get(0);
        assertThat(newest.getDomAttribute("data-revision")).isEqualTo("1");
        assertThat(newest.findElement(By.cssSelector("[data-test=history-figure]")).getDomAttribute("data-value"))
                .isEqualTo("119");
        assertThat(driver.findElement(sentRow).getDomAttribute("data-revision")).isEqualTo("0");
        // the staff count sent first is replaced by the revision (struck through); revenue and power still stand
        assertThat(driver.findElement(sentRow).findElements(By.cssSelector("[data-test=history-figure]")).stream()
                .map(f -> f.getDomAttribute("data-indicator") + "=" + f.getDomAttribute("data-superseded")))
                .containsExactlyInAnyOrder("rp_revenue=false", "rp_power=false", "rp_staff=true");

        // late once the 15th of the next month is over; the month before always is, and shows what was sent then
        boolean periodLate = !ZonedDateTime.now(SHANGHAI)
                .isBefore(PERIOD.plusMonths(1).atDay(16).atStartOfDay(SHANGHAI));
        assertThat(driver.findElement(test("late-badge")).isDisplayed()).isEqualTo(periodLate);
        ((JavascriptExecutor) driver).executeScript("const p = arguments[0]; p.value = arguments[1];"
                + " p.dispatchEvent(new Event('change'));", driver.findElement(test("period-input")),
                PERIOD.minusMonths(1).toString());
        wait.until(d -> "120".equals(cell("rp_staff", "submitted").getDomAttribute("data-value")));
        assertThat(driver.findElement(test("late-badge")).isDisplayed()).isTrue();
        assertThat(driver.getCurrentUrl()).contains("period=" + PERIOD.minusMonths(1));

        driver.findElement(test("lang-toggle")).click();
        wait.until(d -> "Staff".equals(cell("rp_staff", "indicator-name").getText()));
        assertThat(cell("rp_staff", "value-input").getDomAttribute("placeholder")).isEqualTo("value");
        chromium.screenshot("report-5-history-en.png");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return window.cspViolations")).asList().isEmpty();
        // and the policy is in force: an image of another host is blocked (the address is a documentation one)
        js.executeScript("const i = document.createElement('img'); i.src = 'http://203.0.113.7/x.png';"
                + " document.body.append(i);");
        wait.until(d -> !((List<?>) js.executeScript("return window.cspViolations")).isEmpty());
        assertThat(js.executeScript("return window.cspViolations")).asList().singleElement().asString()
                .startsWith("img-src");
    }

    @Test
    void aWrongTokenIsToldAndTheStatisticsOfficeGetsTheRegistersInsteadOfAForm(Stack stack) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        signedOut(stack, "?lang=en");
        wait.until(ExpectedConditions.visibilityOfElementLocated(test("token-input"))).sendKeys("not-a-token");
        driver.findElement(test("sign-in-button")).click();
        wait.until(d -> d.findElement(test("sign-in-error")).getText().contains("not valid"));

        driver.findElement(test("token-input")).sendKeys(stack.adminToken);
        driver.findElement(test("sign-in-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(test("registers-panel")));
        assertThat(driver.findElement(test("not-reporter")).getText()).contains("Statistics office");
        assertThat(driver.findElement(test("form-panel")).isDisplayed()).isFalse();
        assertThat(driver.findElement(test("who")).getText()).isEqualTo("Statistics office");
    }

    /** The page afresh: no token in this browser's session, no language chosen before. */
    private static void signedOut(Stack stack, String query) {
        driver.get(stack.ingest() + "/report/" + query);
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear(); localStorage.clear();");
        driver.get(stack.ingest() + "/report/" + query);
    }

    private static WebElement row(String indicator) {
        return driver.findElement(By.cssSelector("tr[data-test=form-row][data-indicator=" + indicator + "]"));
    }

    private static WebElement cell(String indicator, String name) {
        return row(indicator).findElement(test(name));
    }

    private static JsonNode history(Stack stack) {
        return ReportingFactory.history(stack, reporter, PERIOD);
    }

    private static Map<String, Double> values(JsonNode submission) {
        Map<String, Double> values = new java.util.HashMap<>();
        submission.get("figures").forEach(f -> values.put(f.get("indicator").asString(), f.get("value").asDouble()));
        return values;
    }

    private static Double priorYearOf(JsonNode submission, String indicator) {
        for (JsonNode f : submission.get("figures")) {
            if (indicator.equals(f.get("indicator").asString())) {
                return f.get("priorYearValue").asDouble();
            }
        }
        return null;
    }
}
