package com.promote.billing.memberships;

import com.promote.billing.schedule.TeamSchedule;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The schedule of each team's first membership, read from the database. Only needed when a
 * promotion resumed after a restart: rows of a team created before the restart find nothing in
 * {@link NewTeamSchedules}, but the creating row's membership is stored.
 */
public final class StoredTeamSchedules {
    private final Map<Long, TeamSchedule> byTeamId;

    private StoredTeamSchedules(Map<Long, TeamSchedule> byTeamId) {
        this.byTeamId = Map.copyOf(byTeamId);
    }

    public static StoredTeamSchedules of(Map<Long, TeamSchedule> byTeamId) {
        return new StoredTeamSchedules(byTeamId);
    }

    public static StoredTeamSchedules load(Handle handle, long communityId) {
        return new StoredTeamSchedules(handle.attach(MembershipDao.class).firstPerTeam(communityId).stream()
                .collect(Collectors.toMap(MembershipDao.TeamFirst::teamId,
                        first -> new TeamSchedule(first.billDay(), first.firstBillDate()))));
    }

    public Optional<TeamSchedule> find(long teamId) {
        return Optional.ofNullable(byTeamId.get(teamId));
    }
}
