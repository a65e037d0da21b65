package com.promote.api;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Fields an extension adds to a team in the teams API and its CSV (billing: {@code billDay}),
 * kept in the extension's own tables. Bind with {@link PromoteBinders#teamFields}.
 */
public interface TeamFields {
    /** The JSON names of the fields, in the order they are shown. */
    List<String> names();

    /** What is wrong with the given values of these fields, for a person; empty when they can be stored. */
    default List<String> check(Map<String, Object> given) {
        return List.of();
    }

    /** Stores the given values (already checked) for a team just created, in the caller's transaction. */
    void store(Handle handle, CommunityInfo community, long teamId, Map<String, Object> given);

    /** The fields of each team, by team id; a team with nothing stored may be missing. One query for all. */
    Map<Long, Map<String, Object>> read(Handle handle, CommunityInfo community, List<Long> teamIds);
}
