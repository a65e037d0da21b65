package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.PromoteConfiguration;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An extension the core has never heard of ("Locker", a plugin jar built from
 * {@code src/test/locker}) shows on the page from its description alone: help for its column,
 * its "Read as", its column of the preview, its example cells, and its section of a member's page
 * filled from its own API route.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebExtensionPageTest {
    static final DropwizardAppExtension<PromoteConfiguration> APP = WebApp.extension(LockerPlugin.pluginsFolder());
    static Browser browser;
    static long community;

    @BeforeAll
    static void start() {
        community = new WebApp.Api(WebApp.base(APP)).seedCommunity("Locker Coworking");
        browser = Browser.signedIn(WebApp.base(APP));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPluginsDescriptionIsRenderedOnTheMigrationsTabAndTheMemberPage() throws Exception {
        browser.open("/communities/" + community + "/migrations");
        WebElement help = browser.waitFor("#help-columns");
        assertThat(help.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText))
                .contains("Locker lockers The member's locker, a letter and a number, e.g. A-12.");
        assertThat(help.findElement(By.xpath(".//code[text()='A-12']")).isDisplayed()).as("back-quotes show as code").isTrue();
        String example = (String) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('example-csv').href).then(r => r.text()).then(done);");
        assertThat(example.lines().toList()).containsExactly(
                "email,first_name,last_name,company_name,phone,Room Permissions,Locker,Key Fob",
                "ada@example.com,Ada,Lovelace,Analytical Engines,+44 20 7946 0000,\"Group Blue, Group A\",A-12,1001",
                "charles@example.com,Charles,Babbage,Analytical Engines,,Group Blue,,1002",
                "grace@example.com,Grace,Hopper,,,,B-3,1003");

        browser.find("#file").sendKeys(Browser.csvFile("lockers.csv", """
                email,first_name,last_name,Locker,Key Fob
                ada@example.com,Ada,Lovelace,A-12,1001
                grace@example.com,Grace,Hopper,B-3,
                alan@example.com,Alan,Turing,locker nine,
                charles@example.com,Charles,Babbage,,
                """).toString());
        browser.find("#preview-button").click();
        awaitSucceeded();
        browser.waitUntil(Duration.ofSeconds(10), d -> d.findElements(By.cssSelector("#rows-table tbody tr")).size() == 4);

        assertThat(browser.find("#columns-table").getText()).contains("Locker Locker", "Key Fob Custom field");
        assertThat(browser.driver.findElements(By.cssSelector("#rows-table th")).stream().map(th -> th.getAttribute("textContent")))
                .containsExactly("Row", "Email", "Result", "Team", "Groups", "Locker", "Custom fields", "Problems");
        assertThat(browser.find("#row-1 td.col-locker").getText()).isEqualTo("Locker A-12 on floor 1");
        assertThat(browser.find("#row-2 td.col-locker").getText()).isEqualTo("Locker B-3 on floor 2");
        assertThat(browser.find("#row-3 td.col-locker").getText()).as("a failed row shows nothing it would create").isEmpty();
        assertThat(browser.find("#row-3 .problems").getText()).contains("Locker: 'locker nine' is not a locker");
        assertThat(browser.find("#row-4 td.col-locker").getText()).isEmpty();
        browser.screenshot("preview-extension", 1280);

        browser.find("#promote-from-preview").click();
        browser.waitUntil(Duration.ofSeconds(10), d -> "run".equals(d.findElement(By.id("promotion"))
                .getAttribute("data-mode")));
        awaitSucceeded();
        assertThat(browser.find("#count-good").getText()).isEqualTo("3");

        browser.open("/communities/" + community + "/members");
        browser.driver.findElement(By.linkText("Ada Lovelace")).click();
        browser.waitUntil(Duration.ofSeconds(10), d -> d.findElement(By.id("lockers-table")).isDisplayed());
        assertThat(browser.find("#locker h2").getText()).isEqualTo("Locker");
        assertThat(browser.find("#lockers-table thead").getAttribute("textContent")).isEqualTo("LockerFloor");
        assertThat(browser.find("#lockers-table tbody").getText()).isEqualTo("A-12 floor 1");
        assertThat(browser.find("#locker-status").getText()).isEmpty();
        browser.screenshot("member-extension", 1280);

        browser.open("/communities/" + community + "/members");
        browser.driver.findElement(By.linkText("Charles Babbage")).click();
        browser.waitUntil(Duration.ofSeconds(10), d -> "No locker.".equals(d.findElement(By.id("locker-status")).getText()));
        assertThat(browser.find("#lockers-box").isDisplayed()).isFalse();
    }

    private static void awaitSucceeded() {
        browser.waitUntil(Duration.ofSeconds(30), d -> {
            String error = d.findElement(By.id("upload-error")).getText();
            if (!error.isBlank()) {
                throw new AssertionError("the page shows an error: " + error);
            }
            return "succeeded".equals(d.findElement(By.id("promotion-status")).getText());
        });
    }
}
