package com.promote.billing.db;

import com.promote.billing.BillingModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.H2Database;
import liquibase.structure.DatabaseObject;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * A fresh database per test class with the test core tables and billing's real changelog, run
 * by Liquibase as the app runs it: H2 in MySQL mode, or a new database on the MariaDB server
 * named by the {@code promote.test.mysql*} properties, dropped by {@link #close()}.
 */
public final class TestDatabase implements AutoCloseable {
    private final String url;
    private final String user;
    private final String password;
    private final Runnable drop;
    private final Jdbi jdbi;

    private TestDatabase(String url, String user, String password, Runnable drop) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.drop = drop;
        this.jdbi = Jdbi.create(url, user, password).installPlugin(new SqlObjectPlugin());
    }

    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:billing_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        TestDatabase db = new TestDatabase(url, "sa", "", () -> { });
        return db.migrate();
    }

    public static TestDatabase mariaDb() {
        String server = required("promote.test.mysqlUrl");
        String user = required("promote.test.mysqlUser");
        String password = System.getProperty("promote.test.mysqlPassword", "");
        String name = "promote_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        // The server's default character set: the changelog must set utf8mb4_bin on each table itself.
        execute(server, user, password, "CREATE DATABASE " + name);
        String url = server + name;
        return new TestDatabase(url, user, password,
                () -> execute(server, user, password, "DROP DATABASE IF EXISTS " + name)).migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Runs billing's changelog (again: Liquibase must find nothing left to do). */
    public TestDatabase runChangelog() {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            Database database = url.startsWith("jdbc:h2:") ? new LowerCaseH2Database()
                    : DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setConnection(new JdbcConnection(connection));
            Scope.child(Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(BillingModule.class.getClassLoader()), () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, BillingModule.CHANGELOG)
                            .execute());
            return this;
        } catch (Exception e) {
            throw new IllegalStateException("billing changelog failed on " + url, e);
        }
    }

    private TestDatabase migrate() {
        String core = resource("/com/promote/billing/db/core-tables-for-tests.sql");
        jdbi.useHandle(h -> {
            for (String statement : core.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    h.execute(statement);
                }
            }
        });
        return runChangelog();
    }

    /**
     * Liquibase 4.33 upper-cases H2 names, so with {@code DATABASE_TO_LOWER} it does not find the
     * {@code databasechangelog} it created and fails on a second run (liquibase/liquibase PR 7436).
     */
    private static final class LowerCaseH2Database extends H2Database {
        @Override
        public String correctObjectName(String name, Class<? extends DatabaseObject> type) {
            return name == null ? null : name.toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void close() {
        drop.run();
    }

    private static String resource(String path) {
        try (InputStream in = TestDatabase.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (surefire sets it from the parent pom)");
        }
        return value;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url, e);
        }
    }
}
