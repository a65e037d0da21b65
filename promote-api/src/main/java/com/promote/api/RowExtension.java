package com.promote.api;

import java.util.List;
import java.util.Set;

/**
 * One extension's part of promoting a CSV row. Implementations are stateless singletons;
 * per-promotion state goes through {@link PlanContext#perPromotion}.
 *
 * @param <P> the plan this extension makes for a row and later applies
 */
public interface RowExtension<P> {

    /** Unique, lower snake_case; shown as the {@code readAs} of the columns it owns. */
    String name();

    /** Extensions plan and apply in ascending order, then by name. */
    default int order() {
        return 100;
    }

    /**
     * The headers this extension owns, as an admin would type them ({@code "Room Permissions"}).
     * The core matches headers ignoring case, spaces, {@code _} and {@code -}.
     */
    Set<String> ownedColumns();

    /** True for at most one extension: it receives every column nobody owns (custom fields). */
    default boolean takesUnclaimedColumns() {
        return false;
    }

    /** Off for a community: the extension is skipped and its columns belong to nobody. */
    default boolean isEnabledFor(CommunityInfo community) {
        return true;
    }

    /** Checked once per file before any row is read; any problem rejects the whole file. */
    default List<Problem> checkHeader(HeaderInfo header, CommunityInfo community) {
        return List.of();
    }

    /**
     * Plans one row without writing anything. Return every problem found, not just the first.
     * Called only for rows the core can promote (person found, not a duplicate).
     */
    PlanResult<P> plan(RowCells cells, PlanContext context);

    /**
     * Hands the engine what to write for one promoted row: rows for this extension's own
     * {@link #tables()}. Called once per promoted row, after the core wrote the member, with that
     * row's plan; it must not touch the database itself. The engine writes what every extension
     * handed over for a whole batch of rows together (one JDBC batch per table) in the batch's
     * transaction, and, if that fails, row by row in savepoints: an extension never decides
     * batch sizes or transactions. Throwing fails the row (nothing of it is written).
     */
    void write(P plan, PromotedRow row, Writes writes);

    /**
     * The tables this extension owns (created by its own changelog) and writes through
     * {@link #write}; the engine refuses writes to any other table.
     */
    default Set<String> tables() {
        return Set.of();
    }

    /**
     * The community settings this extension serves (billing: {@code billingEnabled}). A
     * community with a setting on that no installed extension serves refuses uploads.
     */
    default Set<CommunitySetting> serves() {
        return Set.of();
    }

    /**
     * Removes what {@link #write} wrote for many members at once, when an admin undoes the
     * promotion that created them; called in the undo's transaction before the core deletes the
     * members (and again, with {@link UndoContext#teamIds()}, before it deletes the promotion's
     * emptied teams). Keep records that must outlive the member (an invoice already issued).
     */
    default void undo(UndoContext context) {
    }
}
