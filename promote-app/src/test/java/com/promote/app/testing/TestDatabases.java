package com.promote.app.testing;

import com.codahale.metrics.MetricRegistry;
import com.promote.api.ExtensionMigration;
import com.promote.app.wiring.Extensions;
import com.promote.engine.customfields.CustomFieldsModule;
import com.promote.engine.db.Migrator;
import com.promote.engine.roompermissions.RoomPermissionsModule;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Fresh, empty databases for tests, one per test class, of either kind the app supports.
 *
 * <ul>
 *   <li>{@link Kind#H2}: {@code jdbc:h2:mem:<random>;MODE=MySQL;DB_CLOSE_DELAY=-1}, shut down on close.</li>
 *   <li>{@link Kind#MARIADB}: a new database {@code promote_t_<random>} on the server named by the
 *       system properties {@code promote.test.mysqlUrl}, {@code promote.test.mysqlUser} and
 *       {@code promote.test.mysqlPassword} (surefire sets them from the parent pom), dropped on close.
 *       An unreachable server FAILS the test with instructions; it is never skipped.</li>
 * </ul>
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabases.create(Kind.MARIADB)) {
 *     db.migrate();
 *     db.jdbi().useHandle(h -> ...);
 * }
 * }</pre>
 */
public final class TestDatabases {
    public enum Kind { H2, MARIADB }

    public static final String MYSQL_URL = System.getProperty("promote.test.mysqlUrl", "jdbc:mysql://127.0.0.1:3306/");
    public static final String MYSQL_USER = System.getProperty("promote.test.mysqlUser", "promote");
    public static final String MYSQL_PASSWORD = System.getProperty("promote.test.mysqlPassword", "promote");

    private TestDatabases() {
    }

    public static TestDatabase create(Kind kind) {
        return kind == Kind.H2 ? h2() : mariaDb();
    }

    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:promote_" + random() + ";MODE=MySQL;DB_CLOSE_DELAY=-1";
        return new TestDatabase(Kind.H2, url, "sa", "", () -> execute(url, "sa", "", "SHUTDOWN"));
    }

    /** An H2 file database under {@code dir}, e.g. to hand a real file to a command. */
    public static TestDatabase h2File(Path dir) {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("promote") + ";MODE=MySQL";
        return new TestDatabase(Kind.H2, url, "sa", "", () -> execute(url, "sa", "", "SHUTDOWN"));
    }

    public static TestDatabase mariaDb() {
        String name = "promote_t_" + random();
        String server = MYSQL_URL.endsWith("/") ? MYSQL_URL : MYSQL_URL + "/";
        try {
            execute(server + "?connectTimeout=5000", MYSQL_USER, MYSQL_PASSWORD,
                    "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (RuntimeException e) {
            throw new AssertionError("MariaDB is not reachable at " + MYSQL_URL + " as user '" + MYSQL_USER
                    + "' (" + rootMessage(e) + ").\nThe tests run on H2 AND MariaDB; a MariaDB test never skips."
                    + "\nStart it with .ci/run (installs and starts MariaDB on Debian, creates the user, runs the"
                    + " tests), or by hand: `mysqld_safe &` then, as root over the socket:"
                    + "\n  CREATE USER 'promote'@'localhost' IDENTIFIED BY 'promote';"
                    + " CREATE USER 'promote'@'127.0.0.1' IDENTIFIED BY 'promote';"
                    + " GRANT ALL PRIVILEGES ON *.* TO 'promote'@'localhost', 'promote'@'127.0.0.1';"
                    + "\nAnother server: -Dpromote.test.mysqlUrl=jdbc:mysql://host:port/"
                    + " -Dpromote.test.mysqlUser=... -Dpromote.test.mysqlPassword=...", e);
        }
        return new TestDatabase(Kind.MARIADB, server + name, MYSQL_USER, MYSQL_PASSWORD,
                () -> execute(server, MYSQL_USER, MYSQL_PASSWORD, "DROP DATABASE IF EXISTS " + name));
    }

    /**
     * The changelogs the app itself runs when no plugin is installed: core, then app, then the
     * built-in extensions' own tables.
     */
    public static List<ExtensionMigration> coreChangelogs() {
        return List.of(Migrator.CORE, Extensions.APP_CHANGELOG, CustomFieldsModule.CHANGELOG,
                RoomPermissionsModule.CHANGELOG);
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + url + ": " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** One test database: its connection settings, a pool and a {@link Jdbi} on demand. */
    public static final class TestDatabase implements AutoCloseable {
        private final Kind kind;
        private final String url;
        private final String user;
        private final String password;
        private final Runnable dispose;
        private ManagedDataSource dataSource;
        private Jdbi jdbi;
        private boolean closed;

        TestDatabase(Kind kind, String url, String user, String password, Runnable dispose) {
            this.kind = kind;
            this.url = url;
            this.user = user;
            this.password = password;
            this.dispose = dispose;
        }

        public Kind kind() {
            return kind;
        }

        public String url() {
            return url;
        }

        public String user() {
            return user;
        }

        public String password() {
            return password;
        }

        /** A small pool on this database, built the way the app builds its own. */
        public synchronized ManagedDataSource dataSource() {
            if (dataSource == null) {
                DataSourceFactory factory = new DataSourceFactory();
                factory.setDriverClass(kind == Kind.H2 ? "org.h2.Driver" : "com.mysql.cj.jdbc.Driver");
                factory.setUrl(url);
                factory.setUser(user);
                factory.setPassword(password);
                factory.setMinSize(1);
                factory.setInitialSize(1);
                factory.setMaxSize(4);
                dataSource = factory.build(new MetricRegistry(), "test-" + kind);
            }
            return dataSource;
        }

        public synchronized Jdbi jdbi() {
            if (jdbi == null) {
                jdbi = Jdbi.create(dataSource()).installPlugin(new SqlObjectPlugin());
            }
            return jdbi;
        }

        /** Runs the core and app changelogs, as the app does at start with no extension installed. */
        public TestDatabase migrate() {
            new Migrator(dataSource()).migrate(coreChangelogs());
            return this;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (dataSource != null) {
                    dataSource.stop();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                dispose.run();
            }
        }

        @Override
        public String toString() {
            return kind + " " + url;
        }
    }

    /** A fresh temporary folder, e.g. an empty plugins folder. */
    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
