package com.promote.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The MariaDB server the tests of this JVM use, decided once: the one the build names
 * ({@code promote.test.mysqlUrl}, {@code promote.test.mysqlUser}, {@code promote.test.mysqlPassword},
 * set by surefire from the parent pom) when it answers with that user, else a real MariaDB started
 * from Maven Central's binaries for this JVM ({@link EmbeddedMariaDb}). Either way the MariaDB tests
 * run; the first use prints which server it is.
 *
 * @param url the server's JDBC URL with no database, ending in {@code /}
 */
public record MariaDbServer(String url, String user, String password, String description) {
    static final String URL_PROPERTY = "promote.test.mysqlUrl";
    static final String USER_PROPERTY = "promote.test.mysqlUser";
    static final String PASSWORD_PROPERTY = "promote.test.mysqlPassword";

    /** The server for this JVM's MariaDB tests; the first call may start the embedded one (about 5 s). */
    public static MariaDbServer forTests() {
        return Holder.SERVER;
    }

    /** Lazy, so H2-only test runs never look for a server. */
    private static final class Holder {
        static final MariaDbServer SERVER = choose();
    }

    private static MariaDbServer choose() {
        MariaDbServer server = choose(System.getProperty(URL_PROPERTY, "jdbc:mysql://127.0.0.1:3306/"),
                System.getProperty(USER_PROPERTY, "promote"), System.getProperty(PASSWORD_PROPERTY, "promote"));
        System.out.println("[promote tests] MariaDB tests run on " + server.description());
        return server;
    }

    /** The server at {@code url} if it answers as {@code user}, else a new embedded one. */
    static MariaDbServer choose(String configuredUrl, String user, String password) {
        String url = withSlash(configuredUrl);
        try (Connection ignored = DriverManager.getConnection(url + "?connectTimeout=5000", user, password)) {
            return new MariaDbServer(url, user, password, "the configured server " + url + " as '" + user + "'");
        } catch (SQLException unreachable) {
            return EmbeddedMariaDb.start("no MariaDB answered at " + url + " as '" + user + "' ("
                    + unreachable.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /** Runs one statement outside any database, as the tests' user (CREATE/DROP DATABASE). */
    void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
