package com.promote.billing.plans;

import com.promote.api.NearNames;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Every plan of the promotion's community, loaded in one query when the first row needs it
 * (through {@code PlanContext.perPromotion}) instead of one query per row.
 */
public final class CommunityPlans {
    private final Map<String, Plan> byName;
    private final List<String> names;
    private final NearNames near;

    public CommunityPlans(Collection<Plan> plans) {
        this.byName = plans.stream().collect(Collectors.toUnmodifiableMap(Plan::name, Function.identity()));
        this.names = plans.stream().map(Plan::name).sorted().toList();
        this.near = NearNames.of(names);
    }

    /** The one plan a misspelt name was meant to be ({@code coworking plan} -> {@code Coworking Plan}). */
    public Optional<String> meant(String name) {
        return near.match(name);
    }

    public static CommunityPlans load(Handle handle, long communityId) {
        return new CommunityPlans(handle.attach(PlanDao.class).list(communityId));
    }

    /** Exact name, as the SPEC asks: "Gold" does not find "gold". */
    public Optional<Plan> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names, sorted, for "the plans that exist are ..." messages. */
    public List<String> names() {
        return names;
    }
}
