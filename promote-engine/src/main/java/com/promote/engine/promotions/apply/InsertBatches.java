package com.promote.engine.promotions.apply;

import com.promote.api.Insert;
import com.promote.api.RowExtension;
import com.promote.api.Writes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Every extension's rows of one batch, collected through {@link Writes} and written with one
 * JDBC batch per table and column list. An insert that another one refers to is written
 * first, and its generated ids come back from the same batch: no round trip per row.
 */
public final class InsertBatches {
    private final List<PendingInsert> pending = new ArrayList<>();
    private final Set<PendingInsert> referenced = new HashSet<>();

    /** What one extension hands over for the batch's row at {@code writeIndex}. */
    public Writes forRow(RowExtension<?> extension, int writeIndex, List<Runnable> afterCommit) {
        Set<String> owned = extension.tables();
        return new Writes() {
            @Override
            public Insert insertInto(String table) {
                if (!owned.contains(table)) {
                    throw new IllegalArgumentException("extension " + extension.name() + " writes to '" + table
                            + "', which is not one of its tables " + owned);
                }
                PendingInsert insert = new PendingInsert(table, writeIndex, referenced::add);
                pending.add(insert);
                return insert;
            }

            @Override
            public void afterCommit(Runnable action) {
                afterCommit.add(action);
            }
        };
    }

    /** Writes everything collected; the caller's transaction decides whether it stays. */
    public void execute(Handle handle) {
        List<PendingInsert> left = new ArrayList<>(pending);
        while (!left.isEmpty()) {
            Map<String, List<PendingInsert>> ready = new LinkedHashMap<>();
            for (PendingInsert insert : left) {
                if (insert.isReady()) {
                    ready.computeIfAbsent(insert.shape(), k -> new ArrayList<>()).add(insert);
                }
            }
            if (ready.isEmpty()) {
                throw new IllegalStateException("inserts refer to each other in a circle: " + left.get(0).shape());
            }
            ready.values().forEach(batch -> write(handle, batch));
            left.removeIf(PendingInsert::isWritten);
        }
    }

    private void write(Handle handle, List<PendingInsert> rows) {
        PendingInsert first = rows.get(0);
        List<String> columns = new ArrayList<>(first.values().keySet());
        String sql = "INSERT INTO " + first.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> ":" + c).toList()) + ")";
        PreparedBatch batch = handle.prepareBatch(sql);
        for (PendingInsert row : rows) {
            columns.forEach(c -> batch.bind(c, row.bindable(c)));
            batch.add();
        }
        boolean needsIds = rows.stream().anyMatch(referenced::contains);
        if (!needsIds) {
            batch.execute();
            rows.forEach(r -> r.written(0L));
            return;
        }
        List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
        if (ids.size() != rows.size()) {
            throw new IllegalStateException(first.table() + ": " + rows.size() + " rows inserted but "
                    + ids.size() + " ids came back");
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).written(ids.get(i));
        }
    }
}
