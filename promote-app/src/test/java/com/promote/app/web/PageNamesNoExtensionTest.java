package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core page knows no extension: its templates, scripts, stylesheet and page classes name no
 * plan, membership, invoice, bill day or date, and no billing or room permissions; whatever an
 * extension shows comes from its description. The community's two billing settings
 * ({@code billingEnabled}, {@code defaultBillingDay}) are the only exception: the core stores and
 * shows them as plain community data. Comments count too: a page that needs to explain billing
 * knows it.
 */
class PageNamesNoExtensionTest {
    private static final List<Path> PAGE_SOURCES = List.of(
            Path.of("src/main/resources/com/promote/app/web"),
            Path.of("src/main/resources/assets"),
            Path.of("src/main/java/com/promote/app/web"));

    /** Words that only an extension may say. */
    private static final Pattern EXTENSION_WORDS = Pattern.compile(
            "\\bplans?\\b|membership|invoice|prorat|bill[\\s_-]*(?:day|date)|billing|room[\\s_-]*permission",
            Pattern.CASE_INSENSITIVE);

    /** The community's settings, which SPEC.md gives the community itself. */
    private static final Pattern COMMUNITY_SETTINGS = Pattern.compile("billingEnabled|defaultBillingDay");

    /** The communities list shows the setting as the community's data ("Harbour · billing on"). */
    private static final String SETTING_SHOWN = "{{#billingEnabled}} · billing on{{/billingEnabled}}";

    @Test
    void thePageNamesNoExtension() {
        List<String> found = new ArrayList<>();
        for (Path root : PAGE_SOURCES) {
            assertThat(root).as("page sources are where this test looks for them").isDirectory();
            for (Path file : files(root)) {
                found.addAll(extensionWords(file.toString(), read(file)));
            }
        }
        assertThat(found).as("the core page must leave these to the extensions' descriptions").isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        assertThat(extensionWords("a.js", "cell(tr, 'Plans', plans(r));\nvar billing = main.dataset.billing;"))
                .containsExactly("a.js:1: Plans", "a.js:1: plans", "a.js:2: billing", "a.js:2: billing");
        assertThat(extensionWords("b.mustache", "<th>Bill day</th><th>First bill date</th>{{#memberships}}"))
                .containsExactly("b.mustache:1: Bill day", "b.mustache:1: bill date", "b.mustache:1: membership");
        assertThat(extensionWords("c.java", "String href = \"/invoices\"; // Room Permissions\nif (x.billingEnabled()) {}"))
                .containsExactly("c.java:1: invoice", "c.java:1: Room Permission");
        assertThat(extensionWords("d.mustache", "<span>{{timeZone}}" + SETTING_SHOWN + "</span> defaultBillingDay"))
                .isEmpty();
        assertThat(extensionWords("e.js", "explain(planned, airplane)")).isEmpty();
    }

    static List<String> extensionWords(String name, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = COMMUNITY_SETTINGS.matcher(lines[i].replace(SETTING_SHOWN, "")).replaceAll("");
            Matcher m = EXTENSION_WORDS.matcher(line);
            while (m.find()) {
                found.add(name + ":" + (i + 1) + ": " + m.group());
            }
        }
        return found;
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().toLowerCase(Locale.ROOT).matches(".*\\.(mustache|js|css|java|html)$"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
