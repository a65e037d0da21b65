package com.promote.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE.md: billing-plugin -> api only. The plugin never sees the engine or the app,
 * and needs nothing of Dropwizard at run time (the app carries JAX-RS, Jdbi and Guice).
 */
class DependencyDirectionTest {
    private static final List<String> FORBIDDEN = List.of(
            "import com.promote.engine", "import com.promote.app", "import io.dropwizard",
            "import com.fasterxml.jackson.databind", "import liquibase");

    @Test
    void mainCodeImportsOnlyTheSpiAndWhatTheAppCarries() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(DependencyDirectionTest::importsForbidden)
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static boolean importsForbidden(Path file) {
        try {
            String source = Files.readString(file);
            return FORBIDDEN.stream().anyMatch(source::contains);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
