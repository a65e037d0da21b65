package com.promote.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness gives each test its own database and leaves nothing behind. */
class TestDatabaseTest {
    private static List<String> mariaDbDatabases() throws Exception {
        MariaDbServer server = MariaDbServer.forTests();
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             ResultSet rs = c.createStatement().executeQuery("SHOW DATABASES")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void aMariaDbDatabaseIsCreatedWithExactCollationAndDroppedOnClose() throws Exception {
        String name;
        try (TestDatabase db = TestDatabase.mariaDb()) {
            name = db.url().substring(db.url().lastIndexOf('/') + 1);
            assertThat(name).startsWith("promote_t_");
            assertThat(mariaDbDatabases()).contains(name);
            String collation = db.jdbi().withHandle(h -> h.createQuery("SELECT @@collation_database")
                    .mapTo(String.class).one());
            assertThat(collation).isEqualTo("utf8mb4_bin");
        }
        assertThat(mariaDbDatabases()).doesNotContain(name);
    }

    @Test
    void twoH2DatabasesAreIndependentAndGoneAfterClose() {
        try (TestDatabase one = TestDatabase.h2(); TestDatabase two = TestDatabase.h2()) {
            assertThat(one.url()).isNotEqualTo(two.url());
            one.jdbi().useHandle(h -> h.execute("CREATE TABLE admins (username VARCHAR(20))"));
            one.jdbi().useHandle(h -> h.execute("INSERT INTO admins (username) VALUES ('x')"));
            assertThatThrownBy(() -> two.jdbi().useHandle(h -> h.execute("SELECT COUNT(*) FROM admins")))
                    .hasMessageContaining("ADMINS");
            TestDatabase closed = one;
            closed.close();
            // IFEXISTS: opening the closed in-memory database again must not find the old one.
            assertThatThrownBy(() -> {
                try (Connection c = DriverManager.getConnection(closed.url() + ";IFEXISTS=TRUE", "sa", "")) {
                    c.createStatement().execute("SELECT 1");
                }
            }).hasMessageContaining("not found");
        }
    }
}
