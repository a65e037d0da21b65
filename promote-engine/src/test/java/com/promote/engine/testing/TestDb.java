package com.promote.engine.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import com.promote.api.ExtensionMigration;
import com.promote.engine.customfields.CustomFieldsModule;
import com.promote.engine.db.Migrator;
import com.promote.engine.roompermissions.RoomPermissionsModule;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * A fresh, migrated database for one test class: H2 in MySQL mode, or a database of its own
 * on the MariaDB server the build points at ({@code promote.test.mysql*}), dropped on close.
 */
public final class TestDb implements AutoCloseable {
    public enum Kind { H2, MARIADB }

    /** Liquibase logs through java.util.logging; its INFO lines drown the test output. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Kind kind;
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final Runnable drop;

    private TestDb(Kind kind, DataSource dataSource, Runnable drop, List<ExtensionMigration> changelogs) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.drop = drop;
        List<ExtensionMigration> all = new ArrayList<>();
        all.add(Migrator.CORE);
        // The built-in extensions' own tables, as the app migrates them (they are always installed).
        all.add(RoomPermissionsModule.CHANGELOG);
        all.add(CustomFieldsModule.CHANGELOG);
        all.addAll(changelogs);
        new Migrator(dataSource).migrate(all);
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    public static TestDb create(Kind kind) {
        return kind == Kind.H2 ? h2() : mariadb();
    }

    public static TestDb h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:promote_" + random() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        return new TestDb(Kind.H2, ds, () -> {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // already gone
            }
        }, List.of());
    }

    public static TestDb mariadb() {
        String base = System.getProperty("promote.test.mysqlUrl", "jdbc:mysql://127.0.0.1:3306/");
        String user = System.getProperty("promote.test.mysqlUser", "promote");
        String password = System.getProperty("promote.test.mysqlPassword", "promote");
        String name = "promote_t_" + random();
        try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("The MariaDB tests need a server at " + base + " with user '" + user
                    + "' (" + e.getMessage() + "). Start MariaDB, or run .ci/run, which installs, starts and"
                    + " sets it up.", e);
        }
        MysqlDataSource ds = new MysqlDataSource();
        String url = (base.endsWith("/") ? base : base + "/") + name + "?rewriteBatchedStatements=true";
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        return new TestDb(Kind.MARIADB, ds, () -> {
            try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not drop test database " + name, e);
            }
        }, List.of());
    }

    /** Runs more changelogs (an extension's own tables) on this database. */
    public void migrate(List<ExtensionMigration> changelogs) {
        new Migrator(dataSource).migrate(changelogs);
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        drop.run();
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
