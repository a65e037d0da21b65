package com.promote.api;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/** What {@link RowExtension#apply} gets: the row's transaction and what the core just wrote. */
public interface ApplyContext {
    /** The row's transaction. Attach DAOs to it; never commit, roll back or close it. */
    Handle handle();

    CommunityInfo community();

    LocalDate today();

    long promotionId();

    int rowNumber();

    /** The member this row created. */
    long memberId();

    /** The member's team (created by this row or not). */
    long teamId();

    /** True when this row created the team (its member is the team's admin). */
    boolean teamCreatedByThisRow();

    /** Stores the team's bill day on the core team record, in this row's transaction. */
    void setTeamBillDay(int day);

    /** Runs after the row has committed; never runs if it rolls back. Must not throw. */
    void afterCommit(Runnable action);
}
