package com.promote.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One naming scheme for tests that run on both databases, in every module: an abstract
 * {@code FooContract} beside its two runners {@code FooOnH2Test} and {@code FooOnMariaDbTest}
 * (the shared harness in {@code promote-testing} gives each its database). A contract with a
 * runner missing would quietly test one database only.
 */
class ContractNamingTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyContractRunsOnH2AndOnMariaDbUnderTheSameName() throws IOException {
        List<Path> contracts = testSources().stream()
                .filter(f -> name(f).endsWith("Contract") && !f.getParent().endsWith("testing")).toList();
        assertThat(contracts).as("contracts found in the reactor").hasSizeGreaterThanOrEqualTo(10);
        List<String> missing = new ArrayList<>();
        for (Path contract : contracts) {
            String base = name(contract).substring(0, name(contract).length() - "Contract".length());
            for (String runner : List.of(base + "OnH2Test", base + "OnMariaDbTest")) {
                Path file = contract.resolveSibling(runner + ".java");
                if (!Files.exists(file) || !Files.readString(file).contains("extends " + name(contract))) {
                    missing.add(ROOT.relativize(file) + " (extends " + name(contract) + ")");
                }
            }
        }
        assertThat(missing).as("runners missing").isEmpty();
    }

    @Test
    void noDatabaseTestIsNamedAnotherWay() throws IOException {
        assertThat(testSources().stream().map(ContractNamingTest::name)
                .filter(n -> n.endsWith("ContractTest")
                        || n.matches(".*(H2|MariaDb)Test") && !n.matches(".+On(H2|MariaDb)Test")))
                .isEmpty();
    }

    private static List<Path> testSources() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/test/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/test/java"))) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(out::add);
                }
            }
        }
        return out;
    }

    private static String name(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - ".java".length());
    }
}
