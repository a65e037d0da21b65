package com.promote.billing;

import com.promote.api.CommunityInfo;
import com.promote.api.PersonInfo;
import com.promote.api.PlanContext;
import com.promote.api.TeamInfo;
import com.promote.billing.teams.TeamBillDays;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * A planning context whose per-promotion values are shared across rows like the engine's; a
 * test seeds reference data with {@link #provide} (there is no database behind it).
 */
public final class FakePlanContext implements PlanContext {
    private final Map<Class<?>, Object> perPromotion;
    private CommunityInfo community = community(1);
    private LocalDate today = LocalDate.of(2026, 5, 15);
    private TeamInfo team = new TeamInfo(Optional.of(10L), "Acme", TeamInfo.Origin.EXISTING);

    /** Team 10 exists and billing's table has no bill day for it. */
    public FakePlanContext() {
        this(new HashMap<>(Map.of(TeamBillDays.class, TeamBillDays.of(Map.of()))));
    }

    private FakePlanContext(Map<Class<?>, Object> perPromotion) {
        this.perPromotion = perPromotion;
    }

    public static CommunityInfo community(int defaultBillingDay) {
        return new CommunityInfo(7, "Hive", ZoneId.of("America/New_York"), true, defaultBillingDay);
    }

    /** The next row of the same promotion: same per-promotion values. */
    public FakePlanContext nextRow() {
        FakePlanContext next = new FakePlanContext(perPromotion);
        next.community = community;
        next.today = today;
        next.team = team;
        return next;
    }

    public <T> FakePlanContext provide(Class<T> key, T value) {
        perPromotion.put(key, value);
        return this;
    }

    public FakePlanContext today(LocalDate date) {
        this.today = date;
        return this;
    }

    public FakePlanContext defaultBillingDay(int day) {
        this.community = community(day);
        return this;
    }

    /** The row's team (id 10 when it exists), with the bill day billing's table holds for it, if any. */
    public FakePlanContext team(TeamInfo.Origin origin, OptionalInt billDay) {
        this.team = new TeamInfo(origin == TeamInfo.Origin.EXISTING ? Optional.of(10L) : Optional.empty(),
                "Acme", origin);
        perPromotion.put(TeamBillDays.class, TeamBillDays.of(billDay.isPresent() ? Map.of(10L, billDay.getAsInt())
                : Map.of()));
        return this;
    }

    public FakePlanContext team(TeamInfo info) {
        this.team = info;
        return this;
    }

    @Override
    public long promotionId() {
        return 1;
    }

    @Override
    public CommunityInfo community() {
        return community;
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public PersonInfo person() {
        return new PersonInfo(3, "lead", "Ada", "Lovelace", "ada@example.com", "Acme");
    }

    @Override
    public TeamInfo team() {
        return team;
    }

    @Override
    public boolean dryRun() {
        return true;
    }

    @Override
    public <T> T perPromotion(Class<T> key, Function<Handle, T> loader) {
        return key.cast(perPromotion.computeIfAbsent(key, k -> loader.apply(null)));
    }
}
