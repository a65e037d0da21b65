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
 * reload; the members are gone and the leads and contacts are back. The undo runs as a job: a
 * labelled progress bar rises until its result replaces it. A refused undo (409) is shown in
 * plain words.
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
        assertThat(other.statusCode()).as("the undo is a job: accepted").isEqualTo(202);
        browser.find("#undo-confirm").click();
        WebElement error = browser.waitFor("#undo-error");
        assertThat(error.getText()).startsWith("This promotion cannot be undone:").contains("undone already");
        assertThat(browser.find("#undo-box").isDisplayed()).isFalse();
        assertThat(browser.waitFor("#undone-note").getText()).startsWith("Undone on ");
        assertThat(browser.find("#undo-button").isDisplayed()).isFalse();
        assertThat(browser.find("#undo-error").isDisplayed()).isTrue();
    }

    @Test
    void aLongUndoShowsALabelledProgressBarThatRisesUntilTheResult() throws Exception {
        int people = 1_300;
        long c = api.seedCommunity("Undo Progress");
        org.jdbi.v3.core.Jdbi jdbi = ((com.promote.app.PromoteApplication) APP.getApplication()).services().jdbi();
        jdbi.useHandle(h -> {
            var insert = h.prepareBatch("INSERT INTO people (community_id, type, first_name, last_name, email, email_key,"
                    + " created_at) VALUES (:c, 'lead', 'P', :n, :e, :e, CURRENT_TIMESTAMP(3))");
            for (int i = 0; i < people; i++) {
                insert.bind("c", c).bind("n", "N" + i).bind("e", "bulk" + i + "@example.com").add();
            }
            insert.execute();
        });
        StringBuilder file = new StringBuilder("email,company_name\n");
        for (int i = 0; i < people; i++) {
            file.append("bulk").append(i).append("@example.com,Bulk Team ").append(i / 4).append('\n');
        }
        browser.open("/communities/" + c + "/migrations");
        promote(Browser.csvFile("bulk.csv", file.toString()));
        assertThat(count("#count-good")).isEqualTo(people);
        browser.waitFor("#undo-button").click();
        browser.waitFor("#undo-box");
        browser.find("#undo-confirm").click();

        // Watch the bar while the job runs: shown, named, rising, then replaced by the result.
        java.util.List<Integer> values = new java.util.ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!browser.find("#undone-note").isDisplayed()) {
            assertThat(System.nanoTime()).as("the undo ends within a minute").isLessThan(deadline);
            Object seen = browser.script("var b = document.getElementById('undo-progress-bar');"
                    + " if (document.getElementById('undo-progress-box').hidden) { return null; }"
                    + " return [b.value, b.labels.length ? b.labels[0].textContent : '', b.getAttribute('aria-valuetext')];");
            if (seen instanceof java.util.List<?> v) {
                values.add(((Number) v.get(0)).intValue());
                names.add(v.get(1) + " / " + v.get(2));
            }
            Thread.sleep(20);
        }
        assertThat(values).as("the bar was shown while the undo ran").isNotEmpty();
        assertThat(values).isSorted();
        assertThat(names).allMatch(n -> n.startsWith("Undoing this promotion / ")
                && n.matches(".* / \\d+ of " + people + " members"));
        WebElement bar = browser.find("#undo-progress-bar");
        assertThat(bar.getTagName()).isEqualTo("progress");
        assertThat(browser.find("#undo-progress-box").isDisplayed()).as("the result replaces the bar").isFalse();
        assertThat(browser.find("#undone-note").getText()).startsWith("Undone on ")
                .contains(people + " members went back to the CRM as the leads or contacts they were.",
                        "Teams removed: Bulk Team 0, Bulk Team 1,", "and " + (people / 4 - 10) + " more.");
        HttpResponse<String> members = api.send(HttpRequest.newBuilder(URI.create(WebApp.base(APP) + "/api/communities/"
                + c + "/members")).GET());
        assertThat(members.body()).isEqualTo("[]");
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
