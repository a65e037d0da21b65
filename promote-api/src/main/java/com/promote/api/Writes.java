package com.promote.api;

/**
 * Where {@link RowExtension#write} puts what it wants written for one promoted row. Nothing is
 * written when a row is handed over: the engine collects the rows of a whole batch from every
 * extension and writes them together, with one JDBC batch per table, inside the batch's
 * transaction. If the batch fails, the engine rolls it back and writes its rows again one by
 * one, each in a savepoint, so one bad row fails alone.
 */
public interface Writes {
    /**
     * A new row of {@code table} (one of {@link RowExtension#tables()}). Set its columns on the
     * returned {@link Insert}; pass that {@code Insert} as a value of a later insert of the same
     * row to store the generated id (a membership's id on its invoice line).
     */
    Insert insertInto(String table);

    /**
     * Work outside the database (mail, HTTP), run once the row's batch has committed, never if
     * it rolls back. Must not throw.
     */
    void afterCommit(Runnable action);
}
