package com.promote.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * ARCHITECTURE.md's arrows: {@code app -> engine -> api}, {@code billing-plugin -> api}, checked on
 * the compiled classes with ArchUnit (the billing plugin's from its own build folder, as it is not
 * on the app's class path), and in the poms.
 */
class ModuleDependencyTest {
    /** Surefire runs in promote-app; the reactor root is its parent. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.promote.api", "com.promote.engine", "com.promote.app");
    private static final Path BILLING_CLASSES = ROOT.resolve("promote-billing-plugin/target/classes");

    @Test
    void theClassesAreWhereWeThinkTheyAre() {
        // A rule over no classes passes for nothing.
        assertThat(CORE.stream().filter(c -> c.getPackageName().startsWith("com.promote.api"))).hasSizeGreaterThan(5);
        assertThat(CORE.stream().filter(c -> c.getPackageName().startsWith("com.promote.engine"))).hasSizeGreaterThan(10);
        assertThat(CORE.stream().filter(c -> c.getPackageName().startsWith("com.promote.app"))).hasSizeGreaterThan(10);
    }

    @Test
    void theSpiSeesNeitherTheEngineNorTheAppNorDropwizard() {
        noClasses().that().resideInAPackage("com.promote.api..")
                .should().dependOnClassesThat().resideInAnyPackage("com.promote.engine..", "com.promote.app..",
                        "com.promote.billing..", "io.dropwizard..")
                .check(CORE);
    }

    @Test
    void theEngineSeesNeitherTheAppNorAPluginNorDropwizard() {
        noClasses().that().resideInAPackage("com.promote.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("com.promote.app..", "com.promote.billing..",
                        "io.dropwizard..", "jakarta.ws.rs..")
                .check(CORE);
    }

    @Test
    void theBillingPluginSeesOnlyTheSpi() {
        assertThat(BILLING_CLASSES.resolve("com/promote/billing/BillingModule.class"))
                .as("the reactor compiled the plugin before the app's tests").exists();
        JavaClasses billing = new ClassFileImporter().importPath(BILLING_CLASSES);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.promote.engine..", "com.promote.app..",
                        "io.dropwizard..", "liquibase..")
                .check(billing);
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
