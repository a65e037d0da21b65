package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.PromoteConfiguration;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpRequest;
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
 * A preview and a promotion with the keyboard alone: Tab, Shift+Tab, Enter and Space, never a
 * click. Each control shows where the focus is, and the promotion's status is in a live region,
 * so a screen reader announces "succeeded" without the user looking for it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebKeyboardTest {
    static final DropwizardAppExtension<PromoteConfiguration> APP = WebApp.extension();
    static WebApp.Api api;
    static Browser browser;
    static long community;

    @BeforeAll
    static void start() {
        api = new WebApp.Api(WebApp.base(APP));
        community = api.seedCommunity("Keyboard Coworking");
        browser = new Browser(WebApp.base(APP));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPreviewAndAPromotionNeedOnlyTheKeyboard() throws Exception {
        browser.open("/login");
        browser.waitFor("#username");
        // The username field has the focus on arrival.
        type(WebApp.ADMIN);
        press("#password", Keys.TAB);
        type(WebApp.PASSWORD);
        type(Keys.ENTER);
        browser.waitFor("#communities");

        press("a[href='/communities/" + community + "/crm']", Keys.TAB);
        type(Keys.ENTER);
        browser.waitFor("#crm-table");
        press("a[href='/communities/" + community + "/migrations']", Keys.TAB);
        type(Keys.ENTER);
        browser.waitFor("#help");

        press("#file", Keys.TAB);
        // A file input takes the file's path as typed keys: the system's file dialog is not the page's.
        browser.driver.switchTo().activeElement().sendKeys(Browser.csvFile("keys.csv", """
                email,first_name,last_name,company_name,Room Permissions
                ada@example.com,Ada,Lovelace,Analytical Engines,Group Blue
                grace@example.com,Grace,Hopper,,Group Purple
                """).toString());
        press("#preview-button", Keys.TAB);
        type(Keys.ENTER);
        awaitStatus("succeeded");
        assertThat(browser.find("#promotion-title").getText()).startsWith("Preview");
        assertThat(browser.find("#count-good").getText()).isEqualTo("1");
        assertThat(browser.find("#count-failed").getText()).isEqualTo("1");
        assertThat(announced()).contains("Preview", "succeeded");

        // The preview sits above the form: back up to its button, and Space promotes.
        press("#promote-from-preview", Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo("Promote the 1 row that is ready");
        type(Keys.SPACE);
        browser.waitUntil(Duration.ofSeconds(10), d -> "run".equals(d.findElement(By.id("promotion")).getAttribute("data-mode")));
        awaitStatus("succeeded");
        assertThat(browser.find("#promotion-title").getText()).isEqualTo("Promotion finished");
        assertThat(browser.find("#count-good").getText()).isEqualTo("1");
        assertThat(announced()).contains("Promotion finished", "succeeded");
        assertThat(api.send(HttpRequest.newBuilder(URI.create(WebApp.base(APP) + "/api/communities/" + community
                + "/members")).GET()).body()).contains("ada@example.com").doesNotContain("grace@example.com");

        // The undo box opens from the keyboard too, and takes the focus.
        press("#undo-button", Keys.TAB);
        type(Keys.ENTER);
        browser.waitFor("#undo-box");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("undo-confirm");
        assertFocusVisible();
    }

    /** Presses {@code key} until the focus is on {@code css}, checking on the way that it can be seen. */
    private static void press(String css, CharSequence key) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            type(key);
            WebElement focused = browser.driver.switchTo().activeElement();
            path.add(describe(focused));
            if (focused.equals(browser.find(css))) {
                assertFocusVisible();
                return;
            }
        }
        throw new AssertionError("the keyboard never reached " + css + "; the focus went " + path);
    }

    /** Keys as the keyboard sends them, to whatever has the focus (Selenium's element typing would set a file input's path). */
    private static void type(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    /** The focused control has an outline of its own (the page's :focus-visible style), not the browser's nothing. */
    private static void assertFocusVisible() {
        Object outline = browser.script("var s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle + ' ' + parseFloat(s.outlineWidth);");
        assertThat(String.valueOf(outline)).as("outline of the focused " + describe(browser.driver.switchTo().activeElement()))
                .doesNotStartWith("none").doesNotEndWith(" 0");
    }

    /** The text of the live region that holds the promotion's status: what a screen reader reads out. */
    private static String announced() {
        return String.valueOf(browser.script("var region = document.getElementById('promotion-status')"
                + ".closest('[aria-live], [role=status], [role=alert]');"
                + " return region ? (region.getAttribute('aria-live') || region.getAttribute('role')) + ': '"
                + " + region.textContent.replace(/\\s+/g, ' ') : 'no live region';"));
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

    private static String describe(WebElement element) {
        String id = element.getAttribute("id");
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id);
    }
}
