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
     * Applies a plan made by {@link #plan} inside the row's transaction. Called exactly once per
     * promoted row, with that row's plan; an exception rolls back the whole row.
     */
    void apply(P plan, ApplyContext context);

    /**
     * Applies the plans of many rows at once, all in one transaction (the engine writes rows
     * in batches). The default calls {@link #apply} for each; override it to write with JDBC
     * batches ({@code handle.prepareBatch}). If it throws, the engine rolls the whole batch back
     * and applies its rows one at a time with {@link #apply}, so a failing row is undone alone.
     */
    default void applyAll(List<AppliedRow<P>> rows) {
        for (AppliedRow<P> row : rows) {
            apply(row.plan(), row.context());
        }
    }
}
