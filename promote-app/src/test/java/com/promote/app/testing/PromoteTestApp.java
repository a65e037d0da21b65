package com.promote.app.testing;

import com.promote.app.PromoteApplication;
import com.promote.app.PromoteConfiguration;
import com.promote.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole app, started from the repo's {@code config.yml} on a test database, on random ports,
 * with an empty plugins folder, the first admin {@link #ADMIN}/{@link #PASSWORD} and "today"
 * pinned to {@link #TODAY}. Extra {@link ConfigOverride}s win over these defaults (e.g.
 * {@code ConfigOverride.config("pluginsDir", dir)}).
 *
 * <pre>{@code
 * try (PromoteTestApp app = PromoteTestApp.start(db)) {
 *     ApiResponse r = app.client().get("/api/communities");
 * }
 * }</pre>
 * Start one per test class (see {@link AppContract}); a start costs a second or two.
 */
public final class PromoteTestApp implements AutoCloseable {
    public static final String ADMIN = "first-admin";
    public static final String PASSWORD = "first admin password";
    public static final String TODAY = "2026-05-15";
    /** The repo's config.yml; surefire runs in the module folder. */
    public static final Path CONFIG = Path.of("..", "config.yml").toAbsolutePath().normalize();

    private final DropwizardTestSupport<PromoteConfiguration> support;
    private final Path pluginsDir;

    private PromoteTestApp(DropwizardTestSupport<PromoteConfiguration> support, Path pluginsDir) {
        this.support = support;
        this.pluginsDir = pluginsDir;
    }

    public static PromoteTestApp start(TestDatabase db, ConfigOverride... extra) {
        return start(db, List.of(), extra);
    }

    /**
     * With these extension jars in the app's plugins folder. (A second {@code pluginsDir}
     * override would not win over the default one: the first of two equal keys does.)
     */
    public static PromoteTestApp start(TestDatabase db, List<Path> pluginJars, ConfigOverride... extra) {
        return start(db, pluginJars, TODAY, extra);
    }

    /** With "today" pinned to another date: restarted on a later date, the app sees time pass. */
    public static PromoteTestApp startOn(TestDatabase db, String today, ConfigOverride... extra) {
        return start(db, List.of(), today, extra);
    }

    private static PromoteTestApp start(TestDatabase db, List<Path> pluginJars, String today, ConfigOverride... extra) {
        Path plugins = tempDir("promote-plugins");
        for (Path jar : pluginJars) {
            try {
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot install the plugin " + jar, e);
            }
        }
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("database.url", db.url()),
                ConfigOverride.config("database.user", db.user()),
                ConfigOverride.config("database.password", db.password()),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("adminUser", ADMIN),
                ConfigOverride.config("adminPassword", PASSWORD),
                ConfigOverride.config("pluginsDir", plugins.toString()),
                ConfigOverride.config("clockFixedDate", today),
                ConfigOverride.config("logging.level", "WARN")));
        overrides.addAll(List.of(extra));
        DropwizardTestSupport<PromoteConfiguration> support = new DropwizardTestSupport<>(
                PromoteApplication.class, CONFIG.toString(), overrides.toArray(ConfigOverride[]::new));
        try {
            support.before();
        } catch (Exception e) {
            deleteTree(plugins);
            throw new IllegalStateException("The app did not start on " + db + ": " + e.getMessage(), e);
        }
        return new PromoteTestApp(support, plugins);
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + support.getLocalPort());
    }

    public int adminPort() {
        return support.getAdminPort();
    }

    /** A client signed in as the first admin. */
    public ApiClient client() {
        return client(ADMIN, PASSWORD);
    }

    public ApiClient client(String username, String password) {
        return new ApiClient(baseUri(), username, password);
    }

    /** A client that sends no credentials. */
    public ApiClient anonymous() {
        return new ApiClient(baseUri(), null, null);
    }

    /** The running app's wiring: its Jdbi (same pool), clock, extensions. */
    public PromoteApplication.Services services() {
        return support.<PromoteApplication>getApplication().services();
    }

    /** The running app's Dropwizard environment (Jersey, Jetty), for tests that inspect what it serves. */
    public io.dropwizard.core.setup.Environment environment() {
        return support.getEnvironment();
    }

    public PromoteConfiguration configuration() {
        return support.getConfiguration();
    }

    @Override
    public void close() {
        try {
            support.after();
        } finally {
            deleteTree(pluginsDir);
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
