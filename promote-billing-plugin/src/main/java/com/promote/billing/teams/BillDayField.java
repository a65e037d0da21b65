package com.promote.billing.teams;

import com.promote.api.CommunityInfo;
import com.promote.api.TeamFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The teams API's {@code billDay}: given when a team is created, shown when teams are listed. */
public final class BillDayField implements TeamFields {
    static final String NAME = "billDay";

    @Override
    public List<String> names() {
        return List.of(NAME);
    }

    @Override
    public List<String> check(Map<String, Object> given) {
        Object day = given.get(NAME);
        if (day == null || (day instanceof Integer d && d >= 1 && d <= 31)) {
            return List.of();
        }
        return List.of("billDay must be a whole number from 1 to 31");
    }

    @Override
    public void store(Handle handle, CommunityInfo community, long teamId, Map<String, Object> given) {
        if (given.get(NAME) instanceof Integer day) {
            TeamBillDays.store(handle, community.id(), teamId, day);
        }
    }

    /** Every listed team has the key; null when it has no bill day (the API's shape). */
    @Override
    public Map<Long, Map<String, Object>> read(Handle handle, CommunityInfo community, List<Long> teamIds) {
        Map<Long, Integer> days = TeamBillDays.of(handle, community.id(), teamIds);
        Map<Long, Map<String, Object>> fields = new HashMap<>();
        for (Long id : teamIds) {
            Map<String, Object> f = new HashMap<>();
            f.put(NAME, days.get(id));
            fields.put(id, f);
        }
        return fields;
    }
}
