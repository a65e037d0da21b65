package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.PromoteConfiguration;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The whole Migrations flow in a browser: a rejected file, then upload, preview (a failing row
 * shown with its column), promote from the preview, progress to 100%, results, results CSV.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebPromotionFlowTest {
    static final DropwizardAppExtension<PromoteConfiguration> APP = WebApp.extension();
    static WebApp.Api api;
    static Browser browser;
    static long community;

    @BeforeAll
    static void start() {
        api = new WebApp.Api(WebApp.base(APP));
        community = api.seedCommunity("Harbour Coworking");
        browser = Browser.signedIn(WebApp.base(APP));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void previewsPromotesAndReportsAFile() throws Exception {
        browser.open("/communities/" + community + "/migrations");

        // A file the server rejects as a whole: its reason in plain words, nothing started.
        browser.find("#file").sendKeys(Browser.csvFile("no-email.csv", "name,phone\nAda,1\n").toString());
        browser.find("#preview-button").click();
        WebElement error = browser.waitFor("#upload-error");
        assertThat(error.getText()).isNotBlank().containsIgnoringCase("email");
        assertThat(browser.find("#promotion").isDisplayed()).isFalse();

        // Preview: counts on top, the column map, every row with what would happen or why not.
        Path csv = Browser.csvFile("promote.csv", """
                email,first_name,last_name,company_name,Room Permissions,Key Fob
                ada@example.com,Ada,Lovelace,Analytical Engines,"Group Blue, Group A",1001
                charles@example.com,Charles,Babbage,Analytical Engines,Group Purple,1002
                grace@example.com,Grace,Hopper,,Group Blue,1003
                nobody@example.com,No,Body,,,
                ,,,,,
                """);
        browser.find("#file").sendKeys(csv.toString());
        browser.find("#preview-button").click();
        awaitSucceeded();

        assertThat(browser.find("#upload-error").isDisplayed()).isFalse();
        assertThat(browser.find("#promotion-title").getText()).startsWith("Preview");
        assertThat(count("#count-good")).isEqualTo(2);
        assertThat(browser.find("#count-good-label").getText()).isEqualTo("would promote");
        assertThat(count("#count-failed")).isEqualTo(2);
        assertThat(count("#count-skipped")).isEqualTo(1);
        assertThat(count("#count-total")).isEqualTo(5);
        assertThat(browser.find("#columns-table").getText())
                .contains("Room Permissions Room permissions", "Key Fob Custom field", "email Person field");
        browser.waitUntil(Duration.ofSeconds(10), d -> d.findElements(By.cssSelector("#rows-table tbody tr")).size() == 5);
        assertThat(rowText(1)).contains("ada@example.com", "would promote", "Analytical Engines", "new team, admin",
                "Group A", "Group Blue", "Key Fob", "1001");
        assertThat(rowText(3)).contains("Grace Hopper's Team", "new team, admin");
        assertThat(browser.driver.findElements(By.cssSelector("#rows-table th")).stream().map(th -> th.getAttribute("textContent")))
                .as("no billing plugin here: no column of it").containsExactly("Row", "Email", "Result", "Team", "Groups",
                        "Custom fields", "Problems");
        WebElement failing = browser.find("#row-2");
        assertThat(failing.getAttribute("data-result")).isEqualTo("failed");
        assertThat(failing.findElement(By.cssSelector(".problems")).getText())
                .contains("Room Permissions").contains("Group Purple");
        assertThat(rowText(4)).contains("failed", "no lead or contact has this email");
        assertThat(rowText(5)).contains("skipped");
        assertThat(api.send(HttpRequest.newBuilder(URI.create(WebApp.base(APP) + "/api/communities/" + community
                + "/members")).GET()).body()).as("a preview writes nothing").isEqualTo("[]");
        browser.screenshot("preview-with-errors", 1280);

        // One click promotes the same file; the page follows the progress to 100%.
        WebElement promote = browser.find("#promote-from-preview");
        assertThat(promote.getText()).isEqualTo("Promote the 2 rows that are ready");
        promote.click();
        browser.waitUntil(Duration.ofSeconds(10), d -> "run".equals(d.findElement(By.id("promotion"))
                .getAttribute("data-mode")));
        awaitSucceeded();

        assertThat(browser.find("#promotion-title").getText()).isEqualTo("Promotion finished");
        assertThat(browser.find("#progress-bar").getAttribute("value")).isEqualTo("100");
        assertThat(browser.find("#progress-text").getText()).contains("5 of 5 rows (100%)");
        assertThat(count("#count-good")).isEqualTo(2);
        assertThat(browser.find("#count-good-label").getText()).isEqualTo("promoted");
        assertThat(count("#count-failed")).isEqualTo(2);
        assertThat(count("#count-skipped")).isEqualTo(1);
        browser.waitUntil(Duration.ofSeconds(10), d -> d.findElements(By.cssSelector("#rows-table tbody tr")).size() == 5);
        assertThat(rowText(1)).contains("promoted", "Analytical Engines", "new team, admin");
        assertThat(browser.find("#send-onboarding").isDisplayed()).isTrue();
        browser.screenshot("promotion-finished", 1280);

        // Only the failures.
        browser.find("#filter-failed").click();
        browser.waitUntil(Duration.ofSeconds(10), d -> d.findElements(By.cssSelector("#rows-table tbody tr")).size() == 2);
        assertThat(browser.driver.findElements(By.cssSelector("#rows-table tbody tr")).stream()
                .map(r -> r.getAttribute("id")).toList()).containsExactly("row-2", "row-4");

        // The results as CSV: the file's columns plus result and message.
        browser.find("#download-results").click();
        List<String> results = Files.readAllLines(browser.downloadedEnding(".csv"), StandardCharsets.UTF_8);
        assertThat(results.get(0).replace("\uFEFF", "")).startsWith("email,first_name,last_name").endsWith("result,message");
        assertThat(results).hasSize(6);
        assertThat(results.get(1)).startsWith("ada@example.com").contains("promoted");
        assertThat(results.get(2)).contains("failed", "Group Purple");
        // And their Excel twin, offered beside it.
        assertThat(browser.find("#download-results-other").getText()).isEqualTo("Download results Excel");
        browser.find("#download-results-other").click();
        try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(browser.downloadedEnding(".xlsx").toFile())) {
            var sheet = book.getFirstSheet().read();
            assertThat(sheet).hasSize(6);
            assertThat(sheet.get(0).getCellText(0)).isEqualTo("email");
            assertThat(sheet.get(2).getCellText(0)).isEqualTo(results.get(2).split(",")[0]);
        }

        // Onboarding emails for the promotion's members, asked for after the run.
        browser.find("#send-onboarding").click();
        browser.waitUntil(Duration.ofSeconds(10), d -> !d.findElement(By.id("onboarding-status")).getText().isBlank());
        assertThat(browser.find("#onboarding-status").getText()).isEqualTo("Queued 2 onboarding emails.");
        assertThat(browser.find("#send-onboarding").isDisplayed()).isFalse();

        // A reload comes back to the same promotion; recent uploads are listed.
        browser.driver.navigate().refresh();
        awaitSucceeded();
        assertThat(browser.find("#promotion-title").getText()).isEqualTo("Promotion finished");
        assertThat(browser.waitFor("#recent-table").getText()).contains("promote.csv", "preview", "promotion",
                "2 promoted, 2 failed");

        // The members are there, with team, admin flag, groups and custom fields.
        browser.open("/communities/" + community + "/members");
        String members = browser.waitFor("#members-table").getText();
        assertThat(members).contains("Ada Lovelace", "Analytical Engines", "admin", "Group A, Group Blue",
                "Key Fob", "1001", "Grace Hopper");
        assertThat(members).doesNotContain("Charles");
        assertThat(browser.driver.findElements(By.cssSelector("#members-table thead th")).stream()
                .map(th -> th.getAttribute("textContent")))
                .containsExactly("Name", "Email", "Team", "Groups", "Custom fields", "Onboarding email");
        assertThat(browser.driver.findElements(By.cssSelector("#members-table .badge.waiting"))).hasSize(2);
        browser.screenshot("members", 1280);
        browser.find("#download-members").click();
        assertThat(Files.readString(browser.downloadedEnding("members.csv"), StandardCharsets.UTF_8))
                .contains("ada@example.com", "grace@example.com");
        browser.driver.findElement(By.linkText("Ada Lovelace")).click();
        assertThat(browser.waitFor("#member").getText()).contains("ada@example.com", "Key Fob", "1001");
        assertThat(browser.driver.findElements(By.cssSelector("#member dt")).stream()
                .map(dt -> dt.getAttribute("textContent")))
                .contains("Groups", "Key Fob");
        assertThat(browser.find("#member dl").getText()).contains("Group A, Group Blue");
        assertThat(browser.driver.findElements(By.cssSelector(".extension-section")))
                .as("no installed extension has a section of the member page").isEmpty();
    }

    private static void awaitSucceeded() {
        browser.waitUntil(Duration.ofSeconds(30), d -> {
            String status = d.findElement(By.id("promotion-status")).getText();
            String error = d.findElement(By.id("upload-error")).getText();
            if (!error.isBlank()) {
                throw new AssertionError("the page shows an error: " + error);
            }
            return "succeeded".equals(status);
        });
    }

    private static int count(String css) {
        return Integer.parseInt(browser.find(css).getText().trim());
    }

    private static String rowText(int row) {
        return browser.find("#row-" + row).getText();
    }

}
