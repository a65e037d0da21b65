package com.promote.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.PromoteApplication;
import com.promote.app.PromoteConfiguration;
import com.promote.app.testing.PromoteTestApp;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar promote-app.jar db migrate config.yml} against an H2 file database, run through
 * Dropwizard's {@link Cli} exactly as {@code main} does (minus {@code System.exit}). The repo's
 * config.yml is used; the database and plugins folder come from {@code dw.*} overrides.
 */
class DbCommandTest {
    @TempDir
    Path dir;

    private final List<String> properties = new ArrayList<>();

    @AfterEach
    void clearOverrides() {
        properties.forEach(System::clearProperty);
    }

    private void override(String key, String value) {
        System.setProperty("dw." + key, value);
        properties.add("dw." + key);
    }

    private record Run(Optional<Throwable> failure, String out, String err) {
    }

    private static Run cli(String... args) {
        PromoteApplication app = new PromoteApplication();
        Bootstrap<PromoteConfiguration> bootstrap = new Bootstrap<>(app);
        app.initialize(bootstrap);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Optional<Throwable> failure = new Cli(new JarLocation(PromoteApplication.class), bootstrap, out, err).run(args);
        return new Run(failure, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> tables(String url) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        return names;
    }

    @Test
    void migratesAnH2FileDatabaseAndCanRunAgain() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db/promote") + ";MODE=MySQL";
        Path plugins = Files.createDirectory(dir.resolve("plugins"));
        override("database.url", url);
        override("pluginsDir", plugins.toString());
        override("logging.level", "WARN");

        Run first = cli("db", "migrate", PromoteTestApp.CONFIG.toString());
        assertThat(first.failure()).as("%s%n%s", first.out(), first.err()).isEmpty();
        assertThat(Files.exists(dir.resolve("db/promote.mv.db"))).isTrue();
        assertThat(tables(url)).contains("communities", "people", "teams", "room_groups", "members",
                "promotions", "promotion_rows", "onboarding_emails", "admins", "community_admins",
                "databasechangelog");
        // The migration alone creates no admin: that happens when the server starts.
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM admins")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }

        Run again = cli("db", "migrate", PromoteTestApp.CONFIG.toString());
        assertThat(again.failure()).as("%s%n%s", again.out(), again.err()).isEmpty();
    }

    @Test
    void anUnknownActionIsRefused() {
        Run run = cli("db", "drop-everything", PromoteTestApp.CONFIG.toString());
        assertThat(run.failure()).isPresent();
        assertThat(run.err()).contains("drop-everything");
    }

    @Test
    void theRepoConfigReadsItsDefaultsFromTheEnvironment() throws Exception {
        // Guards the contract in API.md's "Running" table: the file must keep these variables.
        String config = Files.readString(PromoteTestApp.CONFIG);
        for (Map.Entry<String, String> e : Map.of(
                "PROMOTE_HTTP_PORT", "8080", "PROMOTE_ADMIN_PORT", "8081", "PROMOTE_MAX_UPLOAD_MB", "50",
                "PROMOTE_PLUGINS_DIR", "plugins").entrySet()) {
            assertThat(config).contains("${" + e.getKey() + ":-" + e.getValue() + "}");
        }
        for (String variable : List.of("PROMOTE_DB_URL", "PROMOTE_DB_USER", "PROMOTE_DB_PASSWORD",
                "PROMOTE_SMTP_HOST", "PROMOTE_SMTP_PORT", "PROMOTE_MAIL_FROM", "PROMOTE_ADMIN_USER",
                "PROMOTE_ADMIN_PASSWORD", "PROMOTE_CLOCK_FIXED_DATE")) {
            assertThat(config).contains("${" + variable + ":-");
        }
        assertThat(config).contains("jdbc:h2:file:./data/promote;MODE=MySQL");
    }
}
