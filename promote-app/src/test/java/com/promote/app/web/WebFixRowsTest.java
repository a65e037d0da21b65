package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.PromoteConfiguration;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Tried as a new user would: a file with ten typical mistakes (an email changed since the lead was
 * entered, a group, plan and team name nearly right, dates and bill days written another way, a
 * plan nobody has that only a person can fix), all fixed in the page (Apply all suggestions, one
 * cell edited in place, Check again), then promoted from the corrected preview with no new
 * upload; the members are checked through the API. axe audits each new state of the page.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebFixRowsTest {
    static final DropwizardAppExtension<PromoteConfiguration> APP = WebApp.extensionWithBilling();
    static WebApp.Api api;
    static Browser browser;
    static long community;

    private final Map<String, List<String>> found = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        assumeTrue(Files.exists(WebApp.BILLING_JAR), "the billing plugin jar is built (mvn package on the reactor)");
        api = new WebApp.Api(WebApp.base(APP));
        community = api.post("/api/communities", Map.of("name", "Fixing Coworking", "timeZone", "America/New_York",
                "billingEnabled", true, "defaultBillingDay", 1)).get("id").asLong();
        String c = "/api/communities/" + community;
        api.post(c + "/plans", Map.of("name", "Coworking Plan", "monthlyPrice", "300.00", "currency", "USD"));
        api.post(c + "/plans", Map.of("name", "Parking Pass", "monthlyPrice", "50.00", "currency", "USD"));
        api.post(c + "/groups", Map.of("name", "Group Blue"));
        api.post(c + "/groups", Map.of("name", "Group A"));
        api.post(c + "/teams", Map.of("name", "Analytical Engines"));
        api.person(community, "lead", "Ada", "Lovelace", "ada@example.com", "Analytical Engines");
        api.person(community, "lead", "Charles", "Babbage", "charles@example.com", "Analytical Engines");
        api.person(community, "contact", "Grace", "Hopper", "grace@example.com", "Navy Labs");
        api.person(community, "lead", "Alan", "Turing", "alan@example.com", "Bletchley Park");
        api.person(community, "lead", "Katherine", "Johnson", "katherine@example.com", "NASA");
        api.person(community, "lead", "Dorothy", "Vaughan", "dorothy@example.com", "NASA");
        api.person(community, "contact", "Mary", "Jackson", "mary@example.com", "NASA");
        api.person(community, "lead", "Margaret", "Hamilton", "margaret@example.com", "MIT");
        api.person(community, "lead", "Annie", "Easley", "annie@example.com", "NASA");
        api.person(community, "contact", "Hedy", "Lamarr", "hedy@example.com", "Inventors");
        browser = Browser.signedIn(WebApp.base(APP));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNewUserFixesTenMistakesInThePageThenPromotes() throws Exception {
        browser.open("/communities/" + community + "/migrations");
        Path csv = Browser.csvFile("ten-mistakes.csv", """
                email,first_name,last_name,company_name,Room Permissions,Plans,Monthly Bill Date,Billing Start Date
                ada.lovelace@newmail.example,Ada,Lovelace,Analytical Engines,Group Blue,Coworking Plan,,
                charles@example.com,Charles,Babbage,Analytical Engines,Group Bleu,Coworking Plan,,
                grace@example.com,Grace,Hopper,Navy Labs,Group A,coworking plan,,
                alan@example.com,Alan,Turing,analytical engines,,Coworking Plan,,
                katherine@example.com,Katherine,Johnson,NASA,,Coworking Plan,,2026-06-20
                dorothy@example.com,Dorothy,Vaughan,NASA,,Coworking Plan,,"June 22, 2026"
                mary@example.com,Mary,Jackson,NASA,,Parking Pass,5th,
                margaret@example.com,Margaret,Hamilton,MIT,,Coworking Plan,5.0,
                annie@example.com,Annie,Easley,NASA,group a,Parking Pass,,
                hedy@example.com,Hedy,Lamarr,Inventors,Group Blue,Hot Desk Plan,,
                """);
        browser.find("#file").sendKeys(csv.toString());
        browser.find("#preview-button").click();
        awaitSucceeded(10);

        // Nine rows fail, each with what is wrong; the team name nearly right only warns.
        assertThat(browser.find("#count-failed").getText()).isEqualTo("9");
        assertThat(browser.find("#count-good").getText()).isEqualTo("1");
        WebElement warned = browser.find("#row-4");
        assertThat(warned.getAttribute("class")).contains("warning").doesNotContain("failed");
        assertThat(warned.findElement(By.cssSelector(".warnings")).getText()).startsWith("⚠ Warning")
                .contains("analytical engines", "Analytical Engines");
        assertThat(warned.findElements(By.cssSelector(".problems"))).isEmpty();
        assertThat(color(warned.findElement(By.cssSelector(".warnings")))).as("a warning is not error red")
                .isNotEqualTo(color(browser.find("#row-2 .problems")));
        assertThat(browser.find("#row-2 .problems").getText()).startsWith("Error").contains("Group Bleu");

        // A suggestion with an Apply button wherever exactly one fix fits; none for the plan nobody has.
        assertThat(suggestion(1)).contains("Ada Lovelace");
        assertThat(suggestion(2)).contains("Group Blue");
        assertThat(suggestion(3)).contains("Coworking Plan");
        assertThat(suggestion(4)).contains("Analytical Engines");
        assertThat(suggestion(5)).contains("06/20/2026");
        assertThat(suggestion(6)).contains("06/22/2026");
        assertThat(suggestion(7)).contains("5");
        assertThat(suggestion(8)).contains("5");
        assertThat(suggestion(9)).contains("Group A");
        assertThat(browser.driver.findElements(By.cssSelector("#row-10 .suggestion"))).isEmpty();
        assertThat(browser.find("#row-2 .suggestion button").getText()).isEqualTo("Apply");
        audit("a preview with suggestions, warnings and errors");
        browser.find("#row-10 details.cells summary").click();
        screenshot("preview-with-suggestions");

        browser.find("#apply-all").click();
        assertThat(browser.find("#apply-all").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.driver.findElements(By.cssSelector("#rows-table .suggestion button")).stream()
                .map(b -> b.getAttribute("aria-pressed")).distinct().toList()).containsExactly("true");

        // The plan only a person can fix, edited in place.
        WebElement plansCell = cellButton(10, "Plans");
        assertThat(plansCell.getText()).isEqualTo("Hot Desk Plan");
        plansCell.click();
        WebElement input = browser.driver.switchTo().activeElement();
        assertThat(input.getTagName()).isEqualTo("input");
        assertThat(input.getAttribute("aria-label")).isEqualTo("Row 10, Plans");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Parking Pass", Keys.ENTER);
        assertThat(cellButton(10, "Plans").getText()).isEqualTo("Parking Pass");
        assertThat(browser.find("#fix-summary").getText()).contains("every suggestion", "1 cell changed");
        audit("suggestions applied and a cell edited");

        browser.find("#check-again").click();
        browser.waitUntil(Duration.ofSeconds(10), d -> d.findElement(By.id("promotion-title")).getText()
                .startsWith("Corrected preview"));
        awaitSucceeded(10);
        assertThat(browser.find("#count-failed").getText()).isEqualTo("0");
        assertThat(browser.find("#count-good").getText()).isEqualTo("10");
        assertThat(browser.driver.findElements(By.cssSelector("#rows-table tr.warning"))).isEmpty();
        assertThat(browser.find("#row-2 .corrections").getText()).contains("Room Permissions", "Group Bleu", "Group Blue");
        assertThat(browser.find("#row-5 .corrections").getText()).contains("2026-06-20", "06/20/2026");
        assertThat(browser.find("#row-7 .corrections").getText()).contains("5th");
        assertThat(browser.find("#row-10 .corrections").getText()).contains("Hot Desk Plan", "Parking Pass");
        assertThat(browser.find("#row-4").getText()).contains("Analytical Engines", "joins team");
        audit("a corrected preview");
        screenshot("corrected-preview");

        // The corrected file, as uploaded (CSV) with only the changed cells replaced.
        browser.find("#download-file").click();
        List<String> file = Files.readAllLines(browser.downloadedEnding(".csv"), StandardCharsets.UTF_8);
        assertThat(file).hasSize(11);
        assertThat(file.get(0).replace("\uFEFF", ""))
                .isEqualTo("email,first_name,last_name,company_name,Room Permissions,Plans,Monthly Bill Date,Billing Start Date");
        assertThat(file.get(2)).isEqualTo("charles@example.com,Charles,Babbage,Analytical Engines,Group Blue,Coworking Plan,,");
        assertThat(file.get(5)).isEqualTo("katherine@example.com,Katherine,Johnson,NASA,,Coworking Plan,,06/20/2026");
        assertThat(file.get(10)).isEqualTo("hedy@example.com,Hedy,Lamarr,Inventors,Group Blue,Parking Pass,,");

        // Promote: the very file the corrected preview checked, without uploading it again.
        int uploadsBefore = api.get("/api/communities/" + community + "/promotions").size();
        WebElement promote = browser.find("#promote-from-preview");
        assertThat(promote.getText()).isEqualTo("Promote the 10 rows that are ready");
        promote.click();
        browser.waitUntil(Duration.ofSeconds(10), d -> "run".equals(d.findElement(By.id("promotion")).getAttribute("data-mode")));
        awaitSucceeded(10);
        assertThat(browser.find("#count-good").getText()).isEqualTo("10");
        assertThat(browser.find("#count-failed").getText()).isEqualTo("0");
        audit("the corrected file promoted");
        screenshot("promoted");
        JsonNode recent = api.get("/api/communities/" + community + "/promotions");
        assertThat(recent.size()).as("one promotion more: the run, not a new upload").isEqualTo(uploadsBefore + 1);

        Map<String, String> members = new TreeMap<>();
        for (JsonNode m : api.get("/api/communities/" + community + "/members")) {
            List<String> groups = new ArrayList<>();
            m.get("groups").forEach(g -> groups.add(g.isTextual() ? g.asText() : g.path("name").asText()));
            List<String> plans = new ArrayList<>();
            api.get("/api/communities/" + community + "/members/" + m.get("id").asLong() + "/memberships")
                    .forEach(s -> plans.add(s.get("plan").asText() + " day " + s.get("billDay").asInt()
                            + " from " + s.get("startDate").asText()));
            members.put(m.get("email").asText(), m.get("teamName").asText() + " | " + groups.stream().sorted()
                    .collect(Collectors.joining(", ")) + " | " + String.join(", ", plans));
        }
        assertThat(members).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ada.lovelace@newmail.example", "Analytical Engines | Group Blue | Coworking Plan day 1 from 2026-06-01",
                "charles@example.com", "Analytical Engines | Group Blue | Coworking Plan day 1 from 2026-06-01",
                "grace@example.com", "Navy Labs | Group A | Coworking Plan day 1 from 2026-06-01",
                "alan@example.com", "Analytical Engines |  | Coworking Plan day 1 from 2026-06-01",
                "katherine@example.com", "NASA |  | Coworking Plan day 1 from 2026-06-20",
                "dorothy@example.com", "NASA |  | Coworking Plan day 1 from 2026-06-22",
                "mary@example.com", "NASA |  | Parking Pass day 5 from 2026-06-05",
                "margaret@example.com", "MIT |  | Coworking Plan day 5 from 2026-06-05",
                // Billed as the new team's first row (Katherine, first bill 2026-07-01), having no dates of her own.
                "annie@example.com", "NASA | Group A | Parking Pass day 1 from 2026-07-01",
                "hedy@example.com", "Inventors | Group Blue | Parking Pass day 1 from 2026-06-01"));
        List<String> teams = new ArrayList<>();
        api.get("/api/communities/" + community + "/teams").forEach(t -> teams.add(t.get("name").asText()));
        assertThat(teams).containsExactlyInAnyOrder("Analytical Engines", "Navy Labs", "NASA", "MIT", "Inventors");
        assertThat(api.get("/api/communities/" + community + "/people").size()).as("everyone left the CRM").isZero();

        String report = found.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + ":\n  " + String.join("\n  ", e.getValue())).collect(Collectors.joining("\n"));
        assertThat(found).hasSize(4);
        assertThat(report).as("WCAG 2.1 A/AA violations").isEmpty();
    }

    /** The page as a person sees it: the rows' table scrolled back to its first column. */
    private static void screenshot(String name) {
        browser.script("document.getElementById('rows-table').parentNode.scrollLeft = 0");
        browser.screenshot(name, 1280);
    }

    private static String suggestion(int row) {
        return browser.find("#row-" + row + " .suggestion").getText();
    }

    /** The in-place edit button of one cell of a row, opening the row's cell list when it is closed. */
    private static WebElement cellButton(int row, String column) {
        WebElement details = browser.find("#row-" + row + " details.cells");
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        for (WebElement item : details.findElements(By.cssSelector(".cell-item"))) {
            if (item.findElement(By.cssSelector(".cell-name")).getText().equals(column)) {
                return item.findElement(By.cssSelector("button.cell-value"));
            }
        }
        throw new AssertionError("row " + row + " has no cell " + column);
    }

    private static String color(WebElement element) {
        return element.getCssValue("color");
    }

    private void audit(String state) {
        found.put(state, AccessibilityAudit.violations(browser.driver));
    }

    private static void awaitSucceeded(int rows) {
        browser.waitUntil(Duration.ofSeconds(30), d -> {
            String error = d.findElement(By.id("upload-error")).getText();
            if (!error.isBlank()) {
                throw new AssertionError("the page shows an error: " + error);
            }
            return "succeeded".equals(d.findElement(By.id("promotion-status")).getText());
        });
        browser.waitUntil(Duration.ofSeconds(10), d -> d.findElements(By.cssSelector("#rows-table tbody tr")).size() == rows);
    }
}
