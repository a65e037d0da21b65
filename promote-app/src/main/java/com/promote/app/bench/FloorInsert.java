package com.promote.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The floor every figure is compared with: the same number of rows, shaped like {@code members}
 * (a scratch table with its columns and indexes), inserted with plain JDBC batches of 1,000, one
 * commit a batch. On MariaDB the app's URL carries {@code rewriteBatchedStatements=true}.
 */
final class FloorInsert {
    private static final String TABLE = "bench_floor_members";
    private static final int BATCH = 1_000;

    private FloorInsert() {
    }

    /** Seconds to insert {@code rows} rows; the scratch table is dropped again. */
    static double measure(Jdbi jdbi, long communityId, long teamId, int rows) throws SQLException {
        // A connection of the app's own pool: the same driver properties as the promotion's.
        try (Handle handle = jdbi.open()) {
            Connection c = handle.getConnection();
            boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + TABLE);
                for (String ddl : h2 ? h2Copy(c) : List.of("CREATE TABLE " + TABLE + " LIKE members")) {
                    s.execute(ddl);
                }
            }
            c.setAutoCommit(false);
            Timestamp now = new Timestamp(System.currentTimeMillis());
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (community_id, team_id,"
                    + " first_name, last_name, email, email_key, phone, source, notes, promoted_from_person_id,"
                    + " promotion_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    String email = "floor" + i + "@bench.example";
                    insert.setLong(1, communityId);
                    insert.setLong(2, teamId + i / 4);
                    insert.setString(3, "First" + i);
                    insert.setString(4, "Last" + i);
                    insert.setString(5, email);
                    insert.setString(6, email);
                    insert.setString(7, null);
                    insert.setString(8, null);
                    insert.setString(9, null);
                    insert.setLong(10, 1_000_000L + i);
                    insert.setLong(11, 1L);
                    insert.setTimestamp(12, now);
                    insert.setTimestamp(13, now);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0 || i == rows - 1) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + TABLE);
            }
            return seconds;
        }
    }

    /**
     * H2 has no {@code CREATE TABLE ... LIKE}: its own script of {@code members} (columns, keys and
     * indexes; foreign keys left out, as MariaDB's LIKE leaves them out) under the scratch name.
     */
    private static List<String> h2Copy(Connection c) throws SQLException {
        List<String> ddl = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NODATA TABLE MEMBERS")) {
            while (rs.next()) {
                String sql = rs.getString(1);
                if (!sql.contains("\"PUBLIC\".\"MEMBERS\"") || sql.contains("FOREIGN KEY")) {
                    continue;
                }
                // Constraint and index names are schema-wide: give the copy's their own.
                ddl.add(sql.replace("\"PUBLIC\".\"MEMBERS\"", "\"PUBLIC\".\"" + TABLE.toUpperCase(Locale.ROOT) + "\"")
                        .replaceAll("(CONSTRAINT|INDEX) \"PUBLIC\"\\.\"([^\"]+)\"", "$1 \"PUBLIC\".\"BF_$2\""));
            }
        }
        return ddl;
    }
}
