package com.promote.billing.memberships;

import com.promote.billing.schedule.TeamSchedule;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-promotion memory of how each team created by this promotion is billed, keyed by team
 * name, so that later rows of that team are billed like the row that created it. It lives in
 * memory (through {@code PlanContext.perPromotion}) because a dry run writes nothing.
 */
public final class NewTeamSchedules {
    private final Map<String, TeamSchedule> byTeamName = new ConcurrentHashMap<>();

    /** The creating row's schedule; a later creator of the same name (the first one failed) replaces it. */
    public void remember(String teamName, TeamSchedule schedule) {
        byTeamName.put(teamName, schedule);
    }

    public Optional<TeamSchedule> find(String teamName) {
        return Optional.ofNullable(byTeamName.get(teamName));
    }
}
