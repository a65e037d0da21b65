package com.promote.app.billing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The billing plugin jar that the reactor packaged before this module's tests. */
public final class BillingPluginJar {
    private static final Path JAR = Path.of("..", "promote-billing-plugin", "target", "promote-billing-plugin.jar")
            .toAbsolutePath().normalize();

    private BillingPluginJar() {
    }

    public static Path jar() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the tests with 'mvn verify' from the repo root,"
                    + " which packages the plugin before the app's tests");
        }
        return JAR;
    }
}
