package com.promote.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * Which server the MariaDB tests get: the configured one when it answers, else a real embedded
 * MariaDB. Both cases run in every build, whichever this machine has.
 */
class MariaDbServerTest {
    @Test
    void aServerThatAnswersIsUsedAsConfigured() {
        MariaDbServer used = MariaDbServer.forTests();

        MariaDbServer chosen = MariaDbServer.choose(used.url(), used.user(), used.password());

        assertThat(chosen.url()).isEqualTo(used.url());
        assertThat(chosen.user()).isEqualTo(used.user());
    }

    @Test
    void withNoServerAtTheUrlARealEmbeddedMariaDbIsStartedOnAFreePort() throws Exception {
        MariaDbServer chosen = MariaDbServer.choose("jdbc:mysql://127.0.0.1:1", "nobody", "wrong");

        assertThat(chosen.description()).startsWith("an embedded MariaDB 10.11.5").contains("127.0.0.1:1/");
        assertThat(chosen.url()).startsWith("jdbc:mysql://127.0.0.1:").isNotEqualTo("jdbc:mysql://127.0.0.1:1/");
        try (Connection c = DriverManager.getConnection(chosen.url(), chosen.user(), chosen.password());
             ResultSet rs = c.createStatement().executeQuery("SELECT VERSION(), @@character_set_server")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("10.11.5-MariaDB");
            assertThat(rs.getString(2)).isEqualTo("utf8mb4");
        }
    }
}
