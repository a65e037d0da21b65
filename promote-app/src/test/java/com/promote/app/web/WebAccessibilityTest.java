package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.PromoteConfiguration;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * axe-core finds no WCAG 2.1 A or AA violation on any page, in any state an admin meets: signed
 * out and after a wrong password, every tab, a rejected file, a preview with problems, a finished
 * promotion, the undo box, an undone promotion, members, a member (with billing when the plugin
 * is built), and the Migrations tab on a phone.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebAccessibilityTest {
    static final DropwizardAppExtension<PromoteConfiguration> APP = WebApp.extensionWithBilling();
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    static boolean billing;
    static long community;
    static Browser browser;

    /** What axe found, by page and state; all must stay empty. */
    private final Map<String, List<String>> found = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        WebApp.Api api = new WebApp.Api(WebApp.base(APP));
        // Billing needs its plugin; without the jar the page is the core's alone, audited all the same.
        billing = Files.exists(WebApp.BILLING_JAR);
        community = api.post("/api/communities", Map.of("name", "Audit Coworking", "timeZone", "America/New_York",
                "billingEnabled", billing, "defaultBillingDay", 1)).get("id").asLong();
        if (billing) {
            api.post("/api/communities/" + community + "/plans", Map.of("name", "Coworking Plan",
                    "monthlyPrice", "300.00", "currency", "USD"));
        }
        api.post("/api/communities/" + community + "/groups", Map.of("name", "Group Blue"));
        api.person(community, "lead", "Ada", "Lovelace", "ada@example.com", "Analytical Engines");
        api.person(community, "lead", "Charles", "Babbage", "charles@example.com", "Analytical Engines");
        api.person(community, "contact", "Grace", "Hopper", "grace@example.com", "Navy Labs");
        browser = new Browser(WebApp.base(APP));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageAndStateMeetsWcag21LevelAa() throws Exception {
        browser.open("/login");
        browser.waitFor("#sign-in");
        audit("sign-in");
        browser.signIn(WebApp.ADMIN, "not the password");
        browser.waitFor("#login-error");
        audit("sign-in after a wrong password");
        browser.signIn(WebApp.ADMIN, WebApp.PASSWORD);
        browser.waitFor("#communities");
        audit("communities");

        String tabs = "/communities/" + community;
        browser.open(tabs + "/crm");
        browser.waitFor("#crm-table");
        audit("CRM");
        browser.open(tabs + "/reports");
        browser.waitFor("main h1");
        audit("reports");
        browser.open(tabs + "/migrations");
        browser.waitFor("#help");
        audit("migrations");

        browser.find("#file").sendKeys(Browser.csvFile("no-email.csv", "name,phone\nAda,1\n").toString());
        browser.find("#preview-button").click();
        browser.waitFor("#upload-error");
        audit("migrations, a rejected file");

        String plans = billing ? ",Plans" : "";
        browser.find("#file").sendKeys(Browser.csvFile("audit.csv", "email,first_name,last_name,company_name,"
                + "Room Permissions,Key Fob" + plans + "\n"
                + "ada@example.com,Ada,Lovelace,Analytical Engines,Group Blue,1001" + (billing ? ",Coworking Plan" : "") + "\n"
                + "charles@example.com,Charles,Babbage,Analytical Engines,Group Purple,1002" + (billing ? ",Coworking Plan" : "") + "\n"
                + "grace@example.com,Grace,Hopper,,,1003" + (billing ? ",Gold Plan" : "") + "\n"
                + "nobody@example.com,No,Body,,,," + (billing ? "," : "") + "\n").toString());
        browser.find("#preview-button").click();
        awaitSucceeded(4);
        assertThat(browser.find("#count-failed").getText()).as("a preview with problems").isNotEqualTo("0");
        audit("a preview with problems");

        browser.find("#promote-from-preview").click();
        browser.waitUntil(Duration.ofSeconds(10), d -> "run".equals(d.findElement(By.id("promotion")).getAttribute("data-mode")));
        awaitSucceeded(4);
        assertThat(browser.find("#promotion-title").getText()).isEqualTo("Promotion finished");
        browser.waitFor("#recent-table");
        audit("a finished promotion, with recent uploads");

        browser.find("#undo-button").click();
        browser.waitFor("#undo-box");
        audit("the undo box");
        browser.find("#undo-cancel").click();

        browser.driver.manage().window().setSize(PHONE);
        browser.driver.navigate().refresh();
        awaitSucceeded(4);
        browser.waitFor("#recent-table");
        audit("migrations on a phone, with a finished promotion");
        browser.driver.manage().window().setSize(DESKTOP);

        browser.open(tabs + "/members");
        browser.waitFor("#members-table");
        audit("members");
        browser.driver.findElement(By.linkText("Ada Lovelace")).click();
        browser.waitFor("#member");
        if (billing) {
            browser.waitUntil(Duration.ofSeconds(10), d -> d.findElement(By.id("invoices-table")).isDisplayed()
                    || d.findElement(By.id("memberships-table")).isDisplayed());
        }
        audit("a member");

        browser.open(tabs + "/migrations");
        browser.waitFor("#recent-table");
        browser.driver.findElement(By.cssSelector("#recent-table tbody tr:first-child button")).click();
        awaitSucceeded(4);
        browser.waitFor("#undo-button").click();
        browser.waitFor("#undo-confirm").click();
        browser.waitFor("#undone-note");
        audit("an undone promotion");

        String report = found.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + ":\n  " + String.join("\n  ", e.getValue()))
                .collect(Collectors.joining("\n"));
        assertThat(found).hasSize(14);
        assertThat(report).as("WCAG 2.1 A/AA violations").isEmpty();
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
