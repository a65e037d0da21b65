package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.PromoteConfiguration;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin page in a real (headless) browser: sign in and out, tabs, CRM, reports, Migrations help, CSRF.
 * The billing plugin is installed, so the help describes its columns too (the plugin's own description).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebPageTest {
    static final DropwizardAppExtension<PromoteConfiguration> APP = WebApp.extensionWithBilling();
    static Browser browser;
    static long community;

    @BeforeAll
    static void start() {
        WebApp.Api api = new WebApp.Api(WebApp.base(APP));
        community = api.seedCommunity("Harbour Coworking");
        api.post("/api/communities/" + community + "/teams", Map.of("name", "Analytical Engines"));
        api.seedCommunity("Another Space");
        browser = new Browser(WebApp.base(APP));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.open("/login");
        browser.driver.manage().deleteAllCookies();
    }

    private void signIn() {
        browser.signIn(WebApp.ADMIN, WebApp.PASSWORD);
        browser.waitFor("#communities");
    }

    @Test
    void aWrongPasswordShowsAnErrorAndNoSession() {
        browser.signIn(WebApp.ADMIN, "not-the-password-at-all");

        assertThat(browser.waitFor("#login-error").getText()).isEqualTo("Wrong username or password.");
        assertThat(browser.driver.manage().getCookieNamed("promote_session")).isNull();
        browser.open("/communities");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void signsInToTheCommunitiesAndTheirTabs() {
        signIn();
        assertThat(browser.find("#communities").getText()).contains("Harbour Coworking", "Another Space");
        assertThat(browser.driver.manage().getCookieNamed("promote_session").isHttpOnly()).isTrue();

        browser.driver.findElement(By.partialLinkText("Harbour Coworking")).click();

        browser.waitFor("#crm-table");
        List<String> tabs = browser.driver.findElements(By.cssSelector("nav.tabs a")).stream()
                .map(WebElement::getText).toList();
        assertThat(tabs).containsExactly("CRM", "Reports", "Migrations", "Members", "Activity");
        assertThat(browser.find("nav.tabs a[aria-current=page]").getText()).isEqualTo("CRM");
        browser.driver.findElement(By.linkText("Members")).click();
        assertThat(browser.waitFor("#teams-table").getText()).contains("Analytical Engines");
        assertThat(browser.find("#members-empty").getText()).contains("No members yet");

        browser.driver.findElement(By.linkText("Activity")).click();
        assertThat(browser.waitFor("#activity-table").getText()).contains("community_created", "Harbour Coworking");
        new org.openqa.selenium.support.ui.Select(browser.find("#activity-action")).selectByVisibleText("community_created");
        browser.find("#activity-filter button").click();
        browser.waitFor("#activity-table");
        assertThat(browser.driver.findElements(By.cssSelector("#activity-table tbody tr"))).hasSize(1);
        assertThat(browser.driver.getCurrentUrl()).contains("action=community_created");
    }

    @Test
    void searchesTheCrmByNameEmailOrCompanyAndShowsTextAsText() {
        signIn();
        browser.open("/communities/" + community + "/crm");
        assertThat(browser.driver.findElements(By.cssSelector("#crm-table tbody tr"))).hasSize(5);

        search("LOVELACE");
        assertThat(rows()).singleElement().asString().contains("ada@example.com", "Analytical Engines", "lead");

        search("analytical");
        assertThat(rows()).hasSize(2);

        search("grace@");
        assertThat(rows()).singleElement().asString().contains("Grace Hopper");

        search("<b>nasa");
        assertThat(rows()).singleElement().asString().contains("<b>NASA</b> & Co");
        assertThat(browser.driver.findElements(By.cssSelector("#crm-table b"))).isEmpty();

        search("100%");
        assertThat(browser.find("#crm-empty").getText()).isEqualTo("No leads or contacts match.");

        browser.open("/communities/" + community + "/crm?type=contact");
        assertThat(rows()).hasSize(2).allMatch(r -> r.contains("contact"));
    }

    private void search(String words) {
        WebElement q = browser.find("#crm-q");
        q.clear();
        q.sendKeys(words);
        browser.find("#crm-search button").click();
        browser.waitUntilGone(q);
        browser.waitFor("#crm-q");
    }

    private List<String> rows() {
        return browser.driver.findElements(By.cssSelector("#crm-table tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void downloadsTheLeadsReport() throws Exception {
        signIn();
        browser.open("/communities/" + community + "/reports");

        browser.find("#download-leads").click();

        Path leads = browser.downloaded("leads.csv");
        List<String> lines = Files.readAllLines(leads);
        assertThat(lines.get(0).replace("\uFEFF", "")).startsWith("id,type,first_name,last_name,email,company_name,phone");
        assertThat(String.join("\n", lines)).contains("ada@example.com", "katherine@example.com")
                .doesNotContain("grace@example.com");

        browser.find("#download-leads-xlsx").click();
        try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(browser.downloaded("leads.xlsx").toFile())) {
            var sheet = book.getFirstSheet().read();
            assertThat(sheet.get(0).getCellText(4)).isEqualTo("email");
            assertThat(sheet.stream().map(r -> r.getCellText(4)).toList()).contains("ada@example.com",
                    "katherine@example.com").doesNotContain("grace@example.com");
        }
    }

    @Test
    void theMigrationsTabExplainsTheFileAndOffersAnExample() throws Exception {
        signIn();
        browser.open("/communities/" + community + "/migrations");

        String help = browser.waitFor("#help").getText();
        assertThat(help).contains("How to prepare the file", "Keep each email as it is", "Room Permissions",
                "Plans", "Monthly Bill Date", "Billing Start Date", "MM/DD/YYYY", "Key Fob");
        assertThat(browser.find("#billing-off").getText()).contains("Billing is off");
        assertThat(browser.find("#upload-title").getText()).isEqualTo("Promote Existing Leads or Contacts");
        assertThat(browser.find("#send-emails").isSelected()).isFalse();
        assertThat(browser.find("#preview-button").getText()).isEqualTo("Preview");
        assertThat(browser.find("#promote-button").getText()).isEqualTo("Promote");
        browser.screenshot("migrations", 1280);
        browser.screenshot("migrations-phone", 390);

        browser.find("#example-csv").click();

        List<String> example = Files.readAllLines(browser.downloaded("promote-example.csv"));
        assertThat(example.get(0)).isEqualTo("email,first_name,last_name,company_name,phone,Room Permissions,Key Fob")
                .as("billing is off here, so its columns are not in the example");
        assertThat(example).hasSizeGreaterThan(1);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedOnAPageFormAndOnTheApi() {
        signIn();
        browser.open("/communities/" + community + "/crm");

        // A page form (sign out) posted without its token: 403 and a plain message, still signed in.
        @SuppressWarnings("unchecked")
        List<Object> page = (List<Object>) browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/logout', {method: 'POST', body: new URLSearchParams({csrf: 'forged'})})"
                        + ".then(r => r.text().then(t => done([r.status, r.headers.get('content-type'), t])));");
        assertThat(((Number) page.get(0)).intValue()).isEqualTo(403);
        assertThat((String) page.get(1)).startsWith("text/plain");
        assertThat((String) page.get(2)).contains("CSRF");

        // The same form submitted by the browser, without the hidden field.
        browser.script("const f = document.querySelector('form[action=\"/logout\"]');"
                + "f.querySelector('input[name=csrf]').remove(); f.submit();");
        browser.waitUntil(Duration.ofSeconds(10), d -> d.getPageSource().contains("Refused"));
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Refused", "CSRF");

        // The JSON API with the session cookie: a change needs X-CSRF-Token, a read does not.
        browser.open("/communities/" + community + "/crm");
        String groups = "/api/communities/" + community + "/groups";
        @SuppressWarnings("unchecked")
        List<Object> api = (List<Object>) browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const url = arguments[0];"
                        + "const token = document.querySelector('meta[name=csrf-token]').content;"
                        + "const post = (headers, name) => fetch(url, {method: 'POST', headers: Object.assign("
                        + "  {'Content-Type': 'application/json'}, headers), body: JSON.stringify({name: name})})"
                        + "  .then(r => r.text().then(t => [r.status, t]));"
                        + "Promise.all([post({}, 'No Token'), post({'X-CSRF-Token': 'wrong'}, 'Wrong Token'),"
                        + "  post({'X-CSRF-Token': token}, 'Group Green'), fetch(url).then(r => [r.status, ''])])"
                        + ".then(done);", groups);
        assertThat(status(api.get(0))).isEqualTo(403);
        assertThat(body(api.get(0))).contains("\"code\":403", "X-CSRF-Token");
        assertThat(status(api.get(1))).isEqualTo(403);
        assertThat(status(api.get(2))).isEqualTo(201);
        assertThat(status(api.get(3))).isEqualTo(200);
    }

    private static int status(Object pair) {
        return ((Number) ((List<?>) pair).get(0)).intValue();
    }

    private static String body(Object pair) {
        return (String) ((List<?>) pair).get(1);
    }

    @Test
    void signsOut() {
        signIn();
        browser.open("/communities/" + community + "/members");

        browser.find("#logout").click();

        assertThat(browser.waitFor(".alert.ok").getText()).isEqualTo("You are signed out.");
        browser.open("/communities/" + community + "/crm");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void pagesTheCrmFiftyAtATime() {
        WebApp.Api api = new WebApp.Api(WebApp.base(APP));
        long big = api.post("/api/communities", Map.of("name", "Big Space", "timeZone", "UTC")).get("id").asLong();
        for (int i = 1; i <= 55; i++) {
            api.person(big, "lead", "Person", String.format("N%02d", i), "p" + i + "@example.com", "Acme");
        }
        signIn();
        browser.open("/communities/" + big + "/crm?q=acme");

        assertThat(rows()).hasSize(50);
        assertThat(browser.find(".pager").getText()).contains("1–50 of 55");
        WebElement next = browser.driver.findElement(By.partialLinkText("Next"));
        next.click();
        browser.waitUntilGone(next);
        assertThat(rows()).hasSize(5);
        assertThat(browser.find(".pager").getText()).contains("51–55 of 55");
        assertThat(browser.find("#crm-q").getAttribute("value")).isEqualTo("acme");
    }

    @Test
    void aBillingCommunityOffersTheBillingExample() {
        WebApp.Api api = new WebApp.Api(WebApp.base(APP));
        long billing = api.post("/api/communities", Map.of("name", "Billing Space", "timeZone", "UTC",
                "billingEnabled", true, "defaultBillingDay", 1)).get("id").asLong();
        signIn();
        browser.open("/communities/" + billing + "/migrations");

        assertThat(browser.driver.findElements(By.id("billing-off"))).isEmpty();
        String example = (String) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('example-csv').href).then(r => r.text()).then(done);");
        assertThat(example.lines().findFirst().orElseThrow())
                .isEqualTo("email,first_name,last_name,company_name,phone,Room Permissions,Plans,Monthly Bill Date,"
                        + "Billing Start Date,Key Fob");
        assertThat(example).contains("ada@example.com,Ada,Lovelace,Analytical Engines,+44 20 7946 0000,"
                + "\"Group Blue, Group A\",\"Coworking Plan, Parking Pass\",1,06/20/2026,1001");
    }

    @Test
    void anotherCommunityOfNobodyLooksMissing() {
        signIn();
        browser.open("/communities/999999/crm");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("No such community.");
    }
}
