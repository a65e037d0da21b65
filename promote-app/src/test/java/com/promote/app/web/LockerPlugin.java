package com.promote.app.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The test-only "Locker" extension as a plugin jar, in a plugins folder of its own. Its classes
 * are compiled by the build apart from the tests ({@code src/test/locker}, see the app's pom), so
 * the app can only find it in that folder, exactly as it finds a real plugin.
 */
final class LockerPlugin {
    private static final List<Path> PARTS = List.of(Path.of("target", "locker-plugin-classes"),
            Path.of("src", "test", "locker", "resources"));

    private LockerPlugin() {
    }

    static Path pluginsFolder() {
        try {
            Path plugins = Files.createTempDirectory("promote-locker-plugins");
            try (OutputStream file = Files.newOutputStream(plugins.resolve("promote-locker.jar"));
                 JarOutputStream jar = new JarOutputStream(file)) {
                for (Path root : PARTS) {
                    if (!Files.isDirectory(root)) {
                        throw new IllegalStateException(root.toAbsolutePath() + " is missing: run the tests with Maven,"
                                + " which compiles the Locker extension before them");
                    }
                    try (Stream<Path> files = Files.walk(root)) {
                        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                            jar.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
                            Files.copy(f, jar);
                            jar.closeEntry();
                        }
                    }
                }
            }
            return plugins;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
