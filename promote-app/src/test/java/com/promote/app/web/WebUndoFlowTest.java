package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.PromoteConfiguration;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Undo in a browser: a finished promotion is previewed for undo (what would go back, which
 * teams go, who is left alone), confirmed, and then shows when it was undone, also after a
 * reload; the members are gone and the leads and contacts are back. A refused undo (409) is
 * shown in plain words.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebUndoFlowTest {
    static final DropwizardAppExtension<PromoteConfiguration> APP = WebApp.extension();
    static WebApp.Api api;
    static Browser browser;
    static long community;

    @BeforeAll
    static void start() {
        api = new WebApp.Api(WebApp.base(APP));
        community = api.seedCommunity("Undo Coworking");
        browser = Browser.signedIn(WebApp.base(APP));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void previewsConfirmsAndRemembersAnUndo() throws Exception {
        browser.open("/communities/" + community + "/migrations");
        promote(Browser.csvFile("promote.csv", """
                email,first_name,last_name,company_name,Room Permissions,Key Fob
                ada@example.com,Ada,Lovelace,Analytical Engines,"Group Blue, Group A",1001
                grace@example.com,Grace,Hopper,,Group Blue,1003
                nobody@example.com,No,Body,,,
                """));
        assertThat(count("#count-good")).isEqualTo(2);
        assertThat(get("/members")).contains("ada@example.com", "grace@example.com");
        assertThat(get("/people")).doesNotContain("ada@example.com", "grace@example.com");

        // The preview says what would happen, and changes nothing.
        WebElement undo = browser.waitFor("#undo-button");
        assertThat(undo.getText()).isEqualTo("Undo this promotion");
        undo.click();
        browser.waitFor("#undo-box");
        assertThat(browser.find("#undo-preview").getText())
                .isEqualTo("2 members go back to the CRM as the leads or contacts they were.");
        assertThat(browser.find("#undo-teams").getText())
                .isEqualTo("Teams removed: Analytical Engines, Grace Hopper's Team.");
        assertThat(browser.find("#undo-left-alone").getText()).isEqualTo("Left alone (changed since): none.");
        assertThat(browser.find("#undo-confirm").getText()).isEqualTo("Undo: send 2 members back to the CRM");
        assertThat(browser.find("#undo-button").isDisplayed()).isFalse();
        assertThat(get("/members")).as("a preview changes nothing").contains("ada@example.com", "grace@example.com");
        browser.screenshot("undo-preview", 1280);

        // Cancel closes the preview; the button comes back.
        browser.find("#undo-cancel").click();
        assertThat(browser.find("#undo-box").isDisplayed()).isFalse();
        browser.find("#undo-button").click();
        browser.waitFor("#undo-box");

        // Confirmed: the result, and no more Undo.
        browser.find("#undo-confirm").click();
        WebElement note = browser.waitFor("#undone-note");
        assertThat(note.getText()).startsWith("Undone on ")
                .contains("2 members went back to the CRM as the leads or contacts they were.",
                        "Teams removed: Analytical Engines, Grace Hopper's Team.");
        assertThat(browser.find("#undo-button").isDisplayed()).isFalse();
        assertThat(browser.find("#undo-box").isDisplayed()).isFalse();
        assertThat(browser.find("#send-onboarding").isDisplayed()).isFalse();

        // The members are gone, the lead and the contact are back as they were.
        assertThat(get("/members")).isEqualTo("[]");
        assertThat(get("/teams")).doesNotContain("Analytical Engines", "Grace Hopper's Team");
        assertThat(get("/people?type=lead")).contains("ada@example.com");
        assertThat(get("/people?type=contact")).contains("grace@example.com");
        String promotion = get("/promotions/" + promotionId());
        assertThat(promotion).contains("\"undoneAt\":\"");

        // A reload (and reopening from Recent uploads) still knows it was undone.
        browser.driver.navigate().refresh();
        awaitSucceeded();
        assertThat(browser.waitFor("#undone-note").getText()).startsWith("Undone on ");
        assertThat(browser.find("#undo-button").isDisplayed()).isFalse();
        browser.waitUntil(Duration.ofSeconds(10), d -> d.findElement(By.cssSelector("#recent-table tbody tr:first-child"))
                .getText().contains("promote.csv promotion undone 2 promoted, 1 failed"));
        browser.driver.findElement(By.cssSelector("#recent-table tbody tr:first-child button")).click();
        awaitSucceeded();
        assertThat(browser.waitFor("#undone-note").getText()).startsWith("Undone on ");
        assertThat(browser.find("#undo-button").isDisplayed()).isFalse();

        // The CRM tab lists them again.
        browser.open("/communities/" + community + "/crm");
        assertThat(browser.waitFor("#crm-table").getText()).contains("Ada Lovelace", "Grace Hopper");
    }

    @Test
    void showsARefusedUndoInPlainWords() throws Exception {
        browser.open("/communities/" + community + "/migrations");
        promote(Browser.csvFile("alan.csv", "email,first_name,last_name\nalan@example.com,Alan,Turing\n"));
        browser.waitFor("#undo-button").click();
        browser.waitFor("#undo-box");
        assertThat(browser.find("#undo-preview").getText())
                .isEqualTo("1 member goes back to the CRM as the lead or contact it was.");
        assertThat(browser.find("#undo-confirm").getText()).isEqualTo("Undo: send 1 member back to the CRM");

        // Someone else undoes it meanwhile: confirming is refused (409), and the page says why.
        HttpResponse<String> other = api.send(HttpRequest.newBuilder(URI.create(WebApp.base(APP) + "/api/communities/"
                        + community + "/promotions/" + promotionId() + "/undo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(other.statusCode()).isEqualTo(200);
        browser.find("#undo-confirm").click();
        WebElement error = browser.waitFor("#undo-error");
        assertThat(error.getText()).startsWith("This promotion cannot be undone:").contains("undone already");
        assertThat(browser.find("#undo-box").isDisplayed()).isFalse();
        assertThat(browser.waitFor("#undone-note").getText()).startsWith("Undone on ");
        assertThat(browser.find("#undo-button").isDisplayed()).isFalse();
        assertThat(browser.find("#undo-error").isDisplayed()).isTrue();
    }

    private static void promote(Path csv) {
        browser.find("#file").sendKeys(csv.toString());
        browser.find("#promote-button").click();
        browser.waitUntil(Duration.ofSeconds(10), d -> "run".equals(d.findElement(By.id("promotion"))
                .getAttribute("data-mode")));
        awaitSucceeded();
        assertThat(browser.find("#promotion-title").getText()).isEqualTo("Promotion finished");
    }

    private static long promotionId() {
        return Long.parseLong(browser.driver.getCurrentUrl().replaceAll("^.*#promotion-", ""));
    }

    private static String get(String path) {
        HttpResponse<String> res = api.send(HttpRequest.newBuilder(URI.create(WebApp.base(APP) + "/api/communities/"
                + community + path)).GET());
        assertThat(res.statusCode()).as("GET " + path).isEqualTo(200);
        return res.body();
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

}
