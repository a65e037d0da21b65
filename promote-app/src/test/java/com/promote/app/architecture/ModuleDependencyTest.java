package com.promote.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * ARCHITECTURE.md's arrows: {@code app -> engine -> api}, {@code billing-plugin -> api}. Fails when
 * the engine or the SPI uses Dropwizard or the app, or the billing plugin uses the engine or the
 * app, in its sources or its pom.
 */
class ModuleDependencyTest {
    /** Surefire runs in promote-app; the reactor root is its parent. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static Path sources(String module) {
        return ROOT.resolve(module).resolve("src/main/java");
    }

    @Test
    void theReactorIsWhereWeThinkItIs() throws Exception {
        assertThat(Files.readString(ROOT.resolve("pom.xml"))).contains("<artifactId>promote-parent</artifactId>");
        // A scan of an empty or moved folder would pass for nothing.
        assertThat(ImportRules.javaFiles(sources("promote-api"))).hasSizeGreaterThan(5);
        assertThat(ImportRules.javaFiles(sources("promote-engine"))).hasSizeGreaterThan(10);
    }

    @Test
    void theSpiSeesNeitherDropwizardNorTheApp() {
        assertThat(ImportRules.scan(sources("promote-api"),
                List.of("io.dropwizard", "com.promote.app", "com.promote.engine", "com.promote.billing"))).isEmpty();
    }

    @Test
    void theEngineSeesNeitherDropwizardNorTheApp() {
        assertThat(ImportRules.scan(sources("promote-engine"),
                List.of("io.dropwizard", "com.promote.app", "com.promote.billing"))).isEmpty();
    }

    @Test
    void theBillingPluginSeesOnlyTheSpi() {
        Path billing = sources("promote-billing-plugin");
        assertThat(ROOT.resolve("promote-billing-plugin/pom.xml")).exists();
        if (Files.isDirectory(billing)) {
            assertThat(ImportRules.scan(billing, List.of("com.promote.engine", "com.promote.app", "io.dropwizard")))
                    .isEmpty();
        }
    }

    @Test
    void thePomsPointTheSameWay() throws Exception {
        assertThat(dependencies("promote-api")).noneMatch(d -> d.startsWith("io.dropwizard:") || d.startsWith("com.promote:"));
        assertThat(dependencies("promote-engine"))
                .contains("com.promote:promote-api")
                .noneMatch(d -> d.startsWith("io.dropwizard:") || d.equals("com.promote:promote-app")
                        || d.equals("com.promote:promote-billing-plugin"));
        assertThat(dependencies("promote-billing-plugin"))
                .contains("com.promote:promote-api")
                .noneMatch(d -> d.equals("com.promote:promote-app") || d.equals("com.promote:promote-engine"));
        // Its tests may run its resources in Dropwizard's in-memory Jersey; its code may not.
        assertThat(mainDependencies("promote-billing-plugin")).noneMatch(d -> d.startsWith("io.dropwizard:"));
        assertThat(dependencies("promote-app")).contains("com.promote:promote-engine")
                .doesNotContain("com.promote:promote-billing-plugin");
    }

    /** Like {@link #dependencies}, leaving out test-scoped ones. */
    private static List<String> mainDependencies(String module) throws Exception {
        return dependencies(module, false);
    }

    private static List<String> dependencies(String module) throws Exception {
        return dependencies(module, true);
    }

    /** {@code groupId:artifactId} of each dependency the module's pom declares. */
    private static List<String> dependencies(String module, boolean withTests) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(ROOT.resolve(module).resolve("pom.xml").toFile());
        List<String> found = new ArrayList<>();
        NodeList deps = doc.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            if (withTests || !"test".equals(text(d, "scope"))) {
                found.add(text(d, "groupId") + ":" + text(d, "artifactId"));
            }
        }
        return found;
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().trim();
    }
}
