package com.promote.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * A fresh, empty database for one test class, of either kind the app runs on; each module runs
 * its own migrations on it. Dropped (MariaDB) or shut down (H2) on {@link #close()}.
 *
 * <ul>
 *   <li>{@link Kind#H2}: {@code jdbc:h2:mem:<random>;MODE=MySQL;DB_CLOSE_DELAY=-1}.</li>
 *   <li>{@link Kind#MARIADB}: a new database {@code promote_t_<random>} (utf8mb4_bin) on
 *       {@link MariaDbServer#forTests()}: the configured server, or an embedded one when none answers.
 *       Never skipped.</li>
 * </ul>
 *
 * <p>A test that runs on both is written once as an abstract {@code FooContract} and run by two
 * one-line subclasses, {@code FooOnH2Test} and {@code FooOnMariaDbTest}.
 */
public final class TestDatabase implements AutoCloseable {
    public enum Kind { H2, MARIADB }

    private final Kind kind;
    private final String url;
    private final String user;
    private final String password;
    private final DataSource dataSource;
    private final Runnable dispose;
    private Jdbi jdbi;
    private boolean closed;

    private TestDatabase(Kind kind, String url, String user, String password, DataSource dataSource, Runnable dispose) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataSource = dataSource;
        this.dispose = dispose;
    }

    public static TestDatabase create(Kind kind) {
        return kind == Kind.H2 ? h2() : mariaDb();
    }

    public static TestDatabase h2() {
        return h2("");
    }

    /** With more H2 settings after MySQL mode, e.g. {@code DATABASE_TO_LOWER=TRUE}. */
    public static TestDatabase h2(String settings) {
        String url = "jdbc:h2:mem:promote_" + random() + ";MODE=MySQL;DB_CLOSE_DELAY=-1"
                + (settings.isEmpty() ? "" : ";" + settings);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword("");
        return new TestDatabase(Kind.H2, url, "sa", "", ds, () -> {
            try (Connection c = ds.getConnection()) {
                c.createStatement().execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("SHUTDOWN on " + url + ": " + e.getMessage(), e);
            }
        });
    }

    /** A new database in utf8mb4_bin, as the app's changelog expects of a database it is given. */
    public static TestDatabase mariaDb() {
        return mariaDb(" CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }

    /** A new database in the server's default character set: the schema must set its own on each table. */
    public static TestDatabase mariaDbInServerCharset() {
        return mariaDb("");
    }

    private static TestDatabase mariaDb(String options) {
        MariaDbServer server = MariaDbServer.forTests();
        String name = "promote_t_" + random();
        server.execute("CREATE DATABASE " + name + options);
        String url = server.url() + name;
        MysqlDataSource ds = new MysqlDataSource();
        // As the app sets it for MySQL (PromoteConfiguration): batches become multi-row statements.
        ds.setURL(url + "?rewriteBatchedStatements=true");
        ds.setUser(server.user());
        ds.setPassword(server.password());
        return new TestDatabase(Kind.MARIADB, url, server.user(), server.password(), ds,
                () -> server.execute("DROP DATABASE IF EXISTS " + name));
    }

    public Kind kind() {
        return kind;
    }

    /** The JDBC URL, without connection settings, e.g. for the app's {@code database.url}. */
    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Unpooled: each connection is opened for its caller. */
    public DataSource dataSource() {
        return dataSource;
    }

    public synchronized Jdbi jdbi() {
        if (jdbi == null) {
            jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        }
        return jdbi;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            dispose.run();
        }
    }

    @Override
    public String toString() {
        return kind + " " + url;
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }
}
