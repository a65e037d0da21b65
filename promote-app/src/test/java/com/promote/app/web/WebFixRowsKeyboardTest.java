package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.PromoteConfiguration;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A failing row fixed with the keyboard alone: Tab to the row's cells, Enter edits a cell in a
 * real text field named after its row and column, Escape puts the old value back, Enter keeps the
 * new one, and the focus is always where it can be seen; then Check again and Promote, by keys.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebFixRowsKeyboardTest {
    static final DropwizardAppExtension<PromoteConfiguration> APP = WebApp.extension();
    static WebApp.Api api;
    static Browser browser;
    static long community;

    @BeforeAll
    static void start() {
        api = new WebApp.Api(WebApp.base(APP));
        community = api.seedCommunity("Keyboard Fixing Coworking");
        browser = Browser.signedIn(WebApp.base(APP));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCellIsEditedInPlaceWithTheKeyboardAlone() throws Exception {
        browser.open("/communities/" + community + "/migrations");
        browser.waitFor("#help");
        // A file input takes the file's path as typed keys: the system's file dialog is not the page's.
        browser.find("#file").sendKeys(Browser.csvFile("keys-fix.csv", """
                email,first_name,last_name,company_name,Room Permissions
                ada@example.com,Ada,Lovelace,Analytical Engines,Group Blue
                grace@example.com,Grace,Hopper,,Group Purple
                """).toString());
        press("#preview-button", Keys.TAB);
        type(Keys.ENTER);
        awaitStatus("succeeded");
        assertThat(browser.find("#count-failed").getText()).isEqualTo("1");
        browser.waitFor("#row-2 details.cells summary");

        // Back up from the form to the failing row's cells, and open them.
        press("#row-2 details.cells summary", Keys.chord(Keys.SHIFT, Keys.TAB));
        type(Keys.ENTER);
        pressUntil(Keys.TAB, "the Room Permissions cell of row 2", () -> {
            WebElement focused = focused();
            return "button".equals(focused.getTagName()) && String.valueOf(focused.getAttribute("aria-label"))
                    .startsWith("Row 2, Room Permissions: Group Purple");
        });
        type(Keys.ENTER);
        WebElement input = focused();
        assertThat(input.getTagName()).isEqualTo("input");
        assertThat(input.getAttribute("type")).isEqualTo("text");
        assertThat(input.getAttribute("aria-label")).isEqualTo("Row 2, Room Permissions");
        assertThat(input.getAttribute("value")).isEqualTo("Group Purple");
        assertFocusVisible();

        // Escape: the old value, the focus back on the cell.
        type("Group Z", Keys.ESCAPE);
        assertThat(focused().getTagName()).isEqualTo("button");
        assertThat(focused().getText()).isEqualTo("Group Purple");
        assertFocusVisible();
        assertThat(browser.find("#check-again").isEnabled()).isFalse();

        // Enter: the new value, marked as changed, and the change counted.
        type(Keys.ENTER);
        type("Group A", Keys.ENTER);
        assertThat(focused().getTagName()).isEqualTo("button");
        assertThat(focused().getText()).isEqualTo("Group A");
        assertThat(focused().getAttribute("aria-label")).startsWith("Row 2, Room Permissions: Group A, changed");
        assertThat(browser.find("#fix-summary").getText()).contains("1 cell changed");

        press("#check-again", Keys.chord(Keys.SHIFT, Keys.TAB));
        type(Keys.ENTER);
        browser.waitUntil(Duration.ofSeconds(10), d -> d.findElement(By.id("promotion-title")).getText()
                .startsWith("Corrected preview"));
        awaitStatus("succeeded");
        browser.waitUntil(Duration.ofSeconds(10), d -> d.findElements(By.cssSelector("#row-2 .corrections")).size() == 1);
        assertThat(browser.find("#count-failed").getText()).isEqualTo("0");
        assertThat(browser.find("#row-2 .corrections").getText()).contains("Room Permissions", "Group Purple", "Group A");

        press("#promote-from-preview", Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(focused().getText()).isEqualTo("Promote the 2 rows that are ready");
        type(Keys.SPACE);
        browser.waitUntil(Duration.ofSeconds(10), d -> "run".equals(d.findElement(By.id("promotion")).getAttribute("data-mode")));
        awaitStatus("succeeded");
        List<String> grace = new ArrayList<>();
        for (JsonNode m : api.get("/api/communities/" + community + "/members")) {
            if (m.get("email").asText().equals("grace@example.com")) {
                m.get("groups").forEach(g -> grace.add(g.isTextual() ? g.asText() : g.path("name").asText()));
            }
        }
        assertThat(grace).containsExactly("Group A");
    }

    private static WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    /** Presses {@code key} until the focus is on {@code css}, checking on the way that it can be seen. */
    private static void press(String css, CharSequence key) {
        pressUntil(key, css, () -> focused().equals(browser.find(css)));
    }

    private static WebElement pressUntil(CharSequence key, String what, java.util.function.BooleanSupplier there) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            type(key);
            WebElement now = focused();
            path.add(now.getTagName() + (now.getAttribute("id") == null || now.getAttribute("id").isEmpty() ? ""
                    : "#" + now.getAttribute("id")));
            if (there.getAsBoolean()) {
                assertFocusVisible();
                return now;
            }
        }
        throw new AssertionError("the keyboard never reached " + what + "; the focus went " + path);
    }

    private static void type(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    private static void assertFocusVisible() {
        Object outline = browser.script("var s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle + ' ' + parseFloat(s.outlineWidth);");
        assertThat(String.valueOf(outline)).as("outline of the focused element").doesNotStartWith("none").doesNotEndWith(" 0");
    }

    private static void awaitStatus(String status) {
        browser.waitUntil(Duration.ofSeconds(30), d -> {
            String error = d.findElement(By.id("upload-error")).getText();
            if (!error.isBlank()) {
                throw new AssertionError("the page shows an error: " + error);
            }
            return status.equals(d.findElement(By.id("promotion-status")).getText());
        });
    }
}
