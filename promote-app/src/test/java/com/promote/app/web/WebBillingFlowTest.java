package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.promote.app.PromoteConfiguration;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * With the billing plugin installed: the preview shows plans, first bill dates and the prorated
 * invoice per row, a failing plan next to its row, and a member's memberships and invoices.
 * Needs the plugin's jar, which the reactor builds before this module's tests run.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebBillingFlowTest {
    static final DropwizardAppExtension<PromoteConfiguration> APP = WebApp.extensionWithBilling();
    static Browser browser;
    static long community;

    @BeforeAll
    static void start() {
        assumeTrue(Files.exists(WebApp.BILLING_JAR), "the billing plugin jar is built (mvn package on the reactor)");
        WebApp.Api api = new WebApp.Api(WebApp.base(APP));
        community = api.post("/api/communities", Map.of("name", "Billing Coworking", "timeZone", "America/New_York",
                "billingEnabled", true, "defaultBillingDay", 1)).get("id").asLong();
        api.post("/api/communities/" + community + "/plans", Map.of("name", "Coworking Plan", "monthlyPrice", "300.00",
                "currency", "USD"));
        api.post("/api/communities/" + community + "/plans", Map.of("name", "Parking Pass", "monthlyPrice", "50.00",
                "currency", "USD"));
        api.person(community, "lead", "Ada", "Lovelace", "ada@example.com", "Analytical Engines");
        api.person(community, "lead", "Charles", "Babbage", "charles@example.com", "Analytical Engines");
        api.person(community, "contact", "Grace", "Hopper", "grace@example.com", "Navy Labs");
        browser = Browser.signedIn(WebApp.base(APP));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void previewsPlansAndInvoicesThenShowsAMembersBilling() throws Exception {
        browser.open("/communities/" + community + "/migrations");
        Path csv = Browser.csvFile("billing.csv", """
                email,first_name,last_name,company_name,Plans,Monthly Bill Date,Billing Start Date
                ada@example.com,Ada,Lovelace,Analytical Engines,"Coworking Plan, Parking Pass",1,06/20/2026
                charles@example.com,Charles,Babbage,Analytical Engines,Coworking Plan,,
                grace@example.com,Grace,Hopper,,Gold Plan,,
                """);

        browser.find("#file").sendKeys(csv.toString());
        browser.find("#preview-button").click();
        awaitSucceeded();
        browser.waitUntil(Duration.ofSeconds(10), d -> d.findElements(By.cssSelector("#rows-table tbody tr")).size() == 3);

        assertThat(browser.find("#rows-table th.col-plans").isDisplayed()).isTrue();
        assertThat(browser.find("#columns-table").getText()).contains("Plans Billing", "Billing Start Date Billing");
        assertThat(browser.find("#row-1").getText()).contains("Coworking Plan", "Parking Pass", "bills on day 1",
                "first bill 2026-07-01", "Prorated 128.33 USD on 2026-06-20 (2026-06-20 to 2026-06-30)");
        assertThat(browser.find("#row-2").getText()).contains("Coworking Plan", "first bill 2026-07-01");
        assertThat(browser.find("#row-3 .problems").getText()).contains("Plans").contains("Gold Plan");
        browser.screenshot("preview-billing", 1280);

        browser.find("#promote-from-preview").click();
        browser.waitUntil(Duration.ofSeconds(10), d -> "run".equals(d.findElement(By.id("promotion"))
                .getAttribute("data-mode")));
        awaitSucceeded();
        assertThat(browser.find("#count-good").getText()).isEqualTo("2");

        browser.open("/communities/" + community + "/members");
        browser.driver.findElement(By.linkText("Ada Lovelace")).click();
        browser.waitUntil(Duration.ofSeconds(10), d -> d.findElement(By.id("invoices-table")).isDisplayed());
        assertThat(browser.find("#memberships-table").getText()).contains("Coworking Plan", "300.00 USD a month",
                "Parking Pass", "2026-06-20", "2026-07-01");
        assertThat(browser.find("#invoices-table").getText()).contains("128.33 USD", "prorated",
                "2026-06-20 to 2026-06-30");
        browser.screenshot("member-billing", 1280);
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
