package com.promote.billing.row;

import com.promote.api.PlanContext;
import com.promote.api.TeamInfo;
import com.promote.billing.memberships.NewTeamSchedules;
import com.promote.billing.memberships.StoredTeamSchedules;
import com.promote.billing.schedule.FirstBillDate;
import com.promote.billing.schedule.TeamSchedule;
import com.promote.billing.teams.TeamBillDays;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The bill day and first recurring bill date of a row before any Billing Start Date moves it
 * (SPEC "Billing": bill day and first recurring bill date).
 */
final class RowSchedule {
    private RowSchedule() {
    }

    static TeamSchedule of(Optional<Integer> ownDay, PlanContext ctx) {
        LocalDate today = ctx.today();
        TeamInfo team = ctx.team();
        if (ownDay.isPresent()) {
            return new TeamSchedule(ownDay.get(), FirstBillDate.nextAfterToday(today, ownDay.get()));
        }
        int defaultDay = ctx.community().defaultBillingDay();
        return switch (team.origin()) {
            case EXISTING -> {
                int day = storedDay(team, ctx).orElse(defaultDay);
                yield new TeamSchedule(day, FirstBillDate.nextAfterToday(today, day));
            }
            case CREATED_BY_THIS_ROW -> new TeamSchedule(defaultDay, FirstBillDate.nextMonth(today, defaultDay));
            case CREATED_EARLIER_IN_THIS_PROMOTION -> ofCreator(team, ctx);
        };
    }

    /**
     * Billed like the row that created the team. That row's schedule is in memory unless the
     * promotion resumed after a restart; then its stored membership tells, and failing that the
     * team's stored bill day with the new-team rule.
     */
    private static TeamSchedule ofCreator(TeamInfo team, PlanContext ctx) {
        Optional<TeamSchedule> remembered = ctx.perPromotion(NewTeamSchedules.class, h -> new NewTeamSchedules())
                .find(team.name());
        if (remembered.isPresent()) {
            return remembered.get();
        }
        long communityId = ctx.community().id();
        Optional<TeamSchedule> stored = team.id().flatMap(id -> ctx.perPromotion(StoredTeamSchedules.class,
                h -> StoredTeamSchedules.load(h, communityId)).find(id));
        if (stored.isPresent()) {
            return stored.get();
        }
        int day = storedDay(team, ctx).orElse(ctx.community().defaultBillingDay());
        return new TeamSchedule(day, FirstBillDate.nextMonth(ctx.today(), day));
    }

    /** The team's bill day from billing's own table, read once per promotion. */
    private static Optional<Integer> storedDay(TeamInfo team, PlanContext ctx) {
        long communityId = ctx.community().id();
        return team.id().flatMap(id -> ctx.perPromotion(TeamBillDays.class, h -> TeamBillDays.load(h, communityId))
                .find(id));
    }
}
