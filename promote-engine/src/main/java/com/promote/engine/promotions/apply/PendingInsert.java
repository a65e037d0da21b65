package com.promote.engine.promotions.apply;

import com.promote.api.Insert;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** One row an extension handed over, waiting for its table's batch; then its generated id. */
public final class PendingInsert implements Insert {
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,63}");

    private final String table;
    private final int writeIndex;
    private final Consumer<PendingInsert> referenced;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private Long id;

    /** {@code referenced} hears of each insert whose id this one needs. */
    public PendingInsert(String table, int writeIndex, Consumer<PendingInsert> referenced) {
        this.table = checkName(table, "table");
        this.writeIndex = writeIndex;
        this.referenced = referenced;
    }

    @Override
    public Insert set(String column, Object value) {
        checkName(column, "column");
        if (value instanceof Insert insert) {
            if (!(insert instanceof PendingInsert other) || other.writeIndex != writeIndex) {
                throw new IllegalArgumentException("column " + column + " refers to an insert of another row");
            }
            referenced.accept(other);
        }
        values.put(column, value);
        return this;
    }

    public String table() {
        return table;
    }

    /** Which of the batch's rows handed it over (the position in the batch). */
    public int writeIndex() {
        return writeIndex;
    }

    public Map<String, Object> values() {
        return values;
    }

    /** Inserts with the same table and columns go in one JDBC batch. */
    public String shape() {
        return table + values.keySet();
    }

    /** Whether every insert this one refers to has its id already. */
    public boolean isReady() {
        return values.values().stream().noneMatch(v -> v instanceof PendingInsert p && p.id == null);
    }

    public Object bindable(String column) {
        Object value = values.get(column);
        return value instanceof PendingInsert p ? p.id : value;
    }

    public void written(long generatedId) {
        this.id = generatedId;
    }

    public boolean isWritten() {
        return id != null;
    }

    private static String checkName(String name, String what) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a " + what + " name (lower snake_case)");
        }
        return name;
    }
}
