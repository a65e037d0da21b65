package com.promote.api;

import java.time.LocalDate;
import java.util.function.Function;

/** Read-only facts for planning one row. */
public interface PlanContext {
    CommunityInfo community();

    /** The upload date in the community's time zone (honours {@code PROMOTE_CLOCK_FIXED_DATE}). */
    LocalDate today();

    PersonInfo person();

    TeamInfo team();

    boolean dryRun();

    /** The promotion being planned: stable across a restart of the same promotion. */
    long promotionId();

    /**
     * A value computed once per promotion run and shared by all its rows: reference data
     * loaded in one query (all groups, all plans), or state carried from row to row in file
     * order. The handle given to {@code loader} is for reads only.
     */
    <T> T perPromotion(Class<T> key, Function<org.jdbi.v3.core.Handle, T> loader);
}
