package com.promote.api;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What {@link RowExtension#undo} gets: the undo's transaction and many members (or teams) at
 * once, so an extension removes its rows with one statement per table, not one per member.
 */
public interface UndoContext {
    /** The undo's transaction; attach DAOs to it, never commit or close it. */
    Handle handle();

    CommunityInfo community();

    /** The undo date in the community's time zone: invoices issued on or before it stay. */
    LocalDate today();

    /** The promotion being undone. */
    long promotionId();

    /** Members this promotion created, about to be removed (the core deletes them after this call). */
    List<Long> memberIds();

    /** Teams this promotion created that the undo removes (the core deletes them after this call). */
    List<Long> teamIds();

    /**
     * Deletes, in one statement, the rows of an extension's own table that belong to these
     * members: the whole undo of an extension that only adds rows keyed by {@code member_id}.
     */
    default void deleteMembersRows(String table) {
        if (!memberIds().isEmpty()) {
            handle().createUpdate("DELETE FROM " + table + " WHERE member_id IN (<ids>)")
                    .bindList("ids", memberIds()).execute();
        }
    }
}
