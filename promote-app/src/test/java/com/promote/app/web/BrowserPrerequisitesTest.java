package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** On a machine without Chromium the browser tests stop at once and say what to install. */
class BrowserPrerequisitesTest {
    @Test
    void aMissingBrowserOrDriverNamesTheDebianPackages() {
        assertThatThrownBy(() -> Browser.requireInstalled(Path.of("/nonexistent/chromedriver")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/nonexistent/chromedriver is missing")
                .hasMessageContaining("apt-get install chromium chromium-driver");
    }
}
