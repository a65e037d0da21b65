package com.promote.app.billing;

import io.dropwizard.testing.ConfigOverride;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A plugins folder holding the billing plugin jar that the reactor built before this module's tests. */
final class BillingPluginJar {
    static final Path JAR = Path.of("..", "promote-billing-plugin", "target", "promote-billing-plugin.jar")
            .toAbsolutePath().normalize();

    private BillingPluginJar() {
    }

    static ConfigOverride pluginsDir() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the tests with 'mvn verify' from the repo root,"
                    + " which packages the plugin before the app's tests");
        }
        try {
            Path dir = Files.createTempDirectory("promote-plugins-billing");
            Files.copy(JAR, dir.resolve(JAR.getFileName()));
            dir.toFile().deleteOnExit();
            dir.resolve(JAR.getFileName()).toFile().deleteOnExit();
            return ConfigOverride.config("pluginsDir", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
