package com.promote.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The billing plugin is the only place that knows billing (issue 11): no class of the engine or
 * the app names plans, memberships, invoices or bill dates, or branches on billing. The
 * community's two settings SPEC.md gives it ({@code billingEnabled}, {@code defaultBillingDay})
 * are plain data and may be named. Names are checked on the classes (ArchUnit); words, which
 * bytecode does not keep (string literals, comments), on the sources.
 */
class BillingFreeCoreTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /**
     * Exempt, for the lead to confirm: the bench command is issue 12's fixed measure of a billing
     * promotion; it runs no billing code, but its file has the billing columns and it counts the
     * billing tables to check the answers. (Better, later: the extension contributes its bench
     * columns and checks through the SPI, as it does its demo cells.)
     */
    private static final String BENCH = "com/promote/app/bench/";
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains(BENCH))
            .importPackages("com.promote.engine", "com.promote.app");
    /** Billing words, lower-cased; "billing" alone once the two settings are taken out. */
    private static final Pattern BILLING_WORD = Pattern.compile(
            "membership|invoice|prorat|bill[ _-]?days?\\b|bill[ _-]?dates?|first[ _]?bill|\"plans\"|plan_id|monthly[ _]?price"
                    + "|billing");
    private static final Pattern SETTINGS = Pattern.compile(
            "billingenabled|billing_enabled|defaultbillingday|default_billing_day");
    /**
     * The communities list shows the community's setting as its data ("Harbour · billing on");
     * {@code PageNamesNoExtensionTest} allows the same line.
     */
    private static final String SETTING_SHOWN = "{{#billingEnabled}} · billing on{{/billingEnabled}}";

    @Test
    void noCoreClassIsNamedForBilling() {
        String names = ".*(?i)(membership|invoice|prorat|(?<!default)billing(?!enabled)|(?<!defaultbilling)billday|billdate).*";
        noClasses().should().haveNameMatching(names).check(CORE);
        noFields().should().haveNameMatching(names).check(CORE);
        noMethods().should().haveNameMatching(names).check(CORE);
    }

    @Test
    void noCoreSourceSaysBillingWords() {
        List<String> found = new ArrayList<>();
        for (String module : List.of("promote-engine", "promote-app")) {
            scan(ROOT.resolve(module).resolve("src/main/java"), found);
            scan(ROOT.resolve(module).resolve("src/main/resources"), found);
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theWordScanFindsWhatItShould() {
        assertThat(offends("int billDay = 1;")).isTrue();
        assertThat(offends("// the first bill date")).isTrue();
        assertThat(offends("if (registry.has(\"billing\"))")).isTrue();
        assertThat(offends("cells.get(\"Plans\")")).isTrue();
        assertThat(offends("community.billingEnabled() && defaultBillingDay > 0")).isFalse();
        assertThat(offends("PlanResult<Object> planned = ext.plan(cells, context);")).isFalse();
    }

    private static boolean offends(String line) {
        String lower = SETTINGS.matcher(line.replace(SETTING_SHOWN, "").toLowerCase(Locale.ROOT)).replaceAll("");
        return BILLING_WORD.matcher(lower).find();
    }

    private static void scan(Path root, List<String> found) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!relative.matches(".*\\.(java|sql|mustache|js|css|html|yml)$") || relative.contains(BENCH)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (offends(lines.get(i))) {
                        found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
