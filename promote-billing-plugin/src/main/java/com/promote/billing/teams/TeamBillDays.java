package com.promote.billing.teams;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The bill day of each team of a community that has one, from billing's own table, read once
 * per promotion (through {@code PlanContext.perPromotion}).
 */
public final class TeamBillDays {
    public static final String TABLE = "billing_team_bill_days";

    private final Map<Long, Integer> byTeamId;

    private TeamBillDays(Map<Long, Integer> byTeamId) {
        this.byTeamId = Map.copyOf(byTeamId);
    }

    public static TeamBillDays load(Handle handle, long communityId) {
        Map<Long, Integer> days = new HashMap<>();
        handle.createQuery("SELECT team_id, bill_day FROM " + TABLE + " WHERE community_id = :c")
                .bind("c", communityId).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .forEach(e -> days.put(e.getKey(), e.getValue()));
        return new TeamBillDays(days);
    }

    public static TeamBillDays of(Map<Long, Integer> byTeamId) {
        return new TeamBillDays(byTeamId);
    }

    public Optional<Integer> find(long teamId) {
        return Optional.ofNullable(byTeamId.get(teamId));
    }

    /** The bill days of these teams, by team id, in one query. */
    public static Map<Long, Integer> of(Handle handle, long communityId, List<Long> teamIds) {
        Map<Long, Integer> days = new HashMap<>();
        if (teamIds.isEmpty()) {
            return days;
        }
        handle.createQuery("SELECT team_id, bill_day FROM " + TABLE + " WHERE community_id = :c AND team_id IN (<ids>)")
                .bind("c", communityId).bindList("ids", teamIds)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .forEach(e -> days.put(e.getKey(), e.getValue()));
        return days;
    }

    /** Stores a team's bill day (a team just created, in the caller's transaction). */
    public static void store(Handle handle, long communityId, long teamId, int billDay) {
        handle.createUpdate("INSERT INTO " + TABLE + " (team_id, community_id, bill_day) VALUES (:t, :c, :d)")
                .bind("t", teamId).bind("c", communityId).bind("d", billDay).execute();
    }
}
