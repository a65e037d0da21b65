package com.promote.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: app -> engine -> api. Fails when an arrow points back. */
class ModuleBoundariesTest {
    private static final Path ENGINE = Path.of("src/main/java");
    private static final Path API = Path.of("../promote-api/src/main/java");

    @Test
    void theEngineSeesNeitherTheAppNorAPlugin() {
        assertThat(Files.isDirectory(ENGINE)).as("run from the promote-engine module").isTrue();
        assertThat(offending(ENGINE, "import com.promote.app.", "import com.promote.billing.", "io.dropwizard.",
                "jakarta.ws.rs.")).isEmpty();
    }

    @Test
    void theSpiSeesNothingOfTheEngine() {
        assertThat(Files.isDirectory(API)).isTrue();
        assertThat(offending(API, "com.promote.engine.", "com.promote.app.", "com.promote.billing.")).isEmpty();
    }

    private static List<String> offending(Path root, String... forbidden) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream()
                            .filter(line -> Stream.of(forbidden).anyMatch(line::contains))
                            .map(line -> root.relativize(p) + ": " + line.trim());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
