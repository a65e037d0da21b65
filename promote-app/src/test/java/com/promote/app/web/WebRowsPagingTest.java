package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.PromoteConfiguration;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A big preview is paged, never drawn whole: 100 rows at a time, across the API's pages of
 * 1,000 rows ({@code ?rowsFrom=}), and the failed rows alone through {@code ?result=failed}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebRowsPagingTest {
    static final DropwizardAppExtension<PromoteConfiguration> APP = WebApp.extension();
    static Browser browser;
    static long community;

    @BeforeAll
    static void start() {
        community = new WebApp.Api(WebApp.base(APP)).seedCommunity("Paging Coworking");
        browser = Browser.signedIn(WebApp.base(APP));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void pagesThroughTheRowsAndTheFailedRows() throws Exception {
        StringBuilder csv = new StringBuilder("email,first_name,last_name\nada@example.com,Ada,Lovelace\n");
        for (int i = 2; i <= 2500; i++) {
            csv.append("nobody").append(i).append("@example.com,No,Body").append(i).append('\n');
        }
        browser.open("/communities/" + community + "/migrations");
        browser.find("#file").sendKeys(Browser.csvFile("big.csv", csv.toString()).toString());
        browser.find("#preview-button").click();
        browser.waitUntil(Duration.ofSeconds(60), d -> "succeeded".equals(d.findElement(By.id("promotion-status")).getText()));
        awaitRange("Rows 1–100 of 2,500");
        assertThat(shownRows()).isEqualTo(100);
        assertThat(firstRowId()).isEqualTo("row-1");
        assertThat(browser.find("#rows-prev").isEnabled()).isFalse();
        assertThat(browser.find("#count-failed").getText()).isEqualTo("2499");

        long inPage = System.nanoTime();
        for (int i = 0; i < 9; i++) {
            browser.find("#rows-next").click();
        }
        awaitRange("Rows 901–1,000 of 2,500");
        inPage = (System.nanoTime() - inPage) / 9;
        long crossing = System.nanoTime();
        browser.find("#rows-next").click();
        awaitRange("Rows 1,001–1,100 of 2,500");
        crossing = System.nanoTime() - crossing;
        System.out.printf("[promote tests] paging: next 100 rows %.0f ms within the API's page, %.0f ms fetching the"
                + " next 1,000 rows%n", inPage / 1e6, crossing / 1e6);
        assertThat(firstRowId()).as("the second page of the API's rows").isEqualTo("row-1001");
        browser.find("#rows-prev").click();
        awaitRange("Rows 901–1,000 of 2,500");
        assertThat(firstRowId()).isEqualTo("row-901");
        assertThat(shownRows()).isEqualTo(100);

        browser.find("#filter-failed").click();
        awaitRange("Failed rows 1–100 of 2,499");
        assertThat(firstRowId()).isEqualTo("row-2");
        for (int i = 0; i < 24; i++) {
            browser.find("#rows-next").click();
            String expected = "Failed rows " + String.format("%,d", (i + 1) * 100 + 1) + "–";
            browser.waitUntil(Duration.ofSeconds(10), d -> d.findElement(By.id("rows-range")).getText().startsWith(expected));
        }
        awaitRange("Failed rows 2,401–2,499 of 2,499");
        assertThat(shownRows()).isEqualTo(99);
        assertThat(firstRowId()).isEqualTo("row-2402");
        assertThat(browser.find("#rows-next").isEnabled()).isFalse();
        assertThat(((Number) browser.script("return document.querySelectorAll('#rows-table tr').length")).intValue())
                .as("only the page on screen is drawn").isLessThanOrEqualTo(101);
    }

    private static void awaitRange(String text) {
        browser.waitUntil(Duration.ofSeconds(20), d -> text.equals(d.findElement(By.id("rows-range")).getText()));
    }

    private static int shownRows() {
        return browser.driver.findElements(By.cssSelector("#rows-table tbody tr")).size();
    }

    private static String firstRowId() {
        return browser.find("#rows-table tbody tr:first-child").getAttribute("id");
    }
}
