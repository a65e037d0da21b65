package com.promote.billing;

import com.promote.api.CommunityInfo;
import com.promote.api.Insert;
import com.promote.api.PromotedRow;
import com.promote.api.Writes;
import com.promote.billing.row.BillingRowPlan;
import com.promote.billing.row.RowWrites;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * The engine's side of a row's writes, for billing's own tests: every insert billing hands over
 * runs at once on the given handle, in order, an {@link Insert} value standing for its id, as
 * the engine's batches would store it. (The engine's batching is tested in promote-engine.)
 */
public final class DirectWrites implements Writes {
    private final Handle handle;
    private final List<Row> rows = new ArrayList<>();

    private DirectWrites(Handle handle) {
        this.handle = handle;
    }

    /** Billing's writes for one promoted row of promotion 99, done on {@code handle}. */
    public static void write(Handle handle, BillingRowPlan plan, CommunityInfo community, long memberId, long teamId,
                             boolean teamCreatedByThisRow) {
        DirectWrites writes = new DirectWrites(handle);
        RowWrites.write(plan, new PromotedRow(community, LocalDate.of(2026, 5, 15), 99, 1, memberId, teamId,
                teamCreatedByThisRow), writes);
        writes.flush();
    }

    @Override
    public Insert insertInto(String table) {
        Row row = new Row(table);
        rows.add(row);
        return row;
    }

    @Override
    public void afterCommit(Runnable action) {
        throw new UnsupportedOperationException("billing does no work outside the database");
    }

    private void flush() {
        for (Row row : rows) {
            List<String> columns = new ArrayList<>(row.values.keySet());
            Update insert = handle.createUpdate("INSERT INTO " + row.table + " (" + String.join(", ", columns)
                    + ") VALUES (" + String.join(", ", columns.stream().map(c -> ":" + c).toList()) + ")");
            columns.forEach(c -> insert.bind(c, row.values.get(c) instanceof Row r ? r.id : row.values.get(c)));
            boolean referenced = rows.stream().anyMatch(other -> other.values.containsValue(row));
            if (referenced) {
                row.id = insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            } else {
                insert.execute();
            }
        }
    }

    private static final class Row implements Insert {
        private final String table;
        private final Map<String, Object> values = new LinkedHashMap<>();
        private Long id;

        Row(String table) {
            this.table = table;
        }

        @Override
        public Insert set(String column, Object value) {
            values.put(column, value);
            return this;
        }
    }
}
