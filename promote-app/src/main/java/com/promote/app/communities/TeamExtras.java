package com.promote.app.communities;

import com.promote.api.CommunityInfo;
import com.promote.api.TeamFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * What installed extensions add to teams ({@link TeamFields}), for the teams API, its CSV and
 * the Members tab: the core stores no extension's team data and names none of its fields.
 */
public final class TeamExtras {
    private final List<TeamFields> fields;

    public TeamExtras(Set<TeamFields> fields) {
        this.fields = fields.stream().sorted(java.util.Comparator.comparing(f -> String.join(",", f.names()))).toList();
    }

    /** Every added field's JSON name, in order. */
    public List<String> names() {
        return fields.stream().flatMap(f -> f.names().stream()).toList();
    }

    /** What is wrong with the added fields of a new team's body; empty when it can be stored. */
    public List<String> check(Map<String, Object> body) {
        List<String> problems = new ArrayList<>();
        fields.forEach(f -> problems.addAll(f.check(given(f, body))));
        return problems;
    }

    public void store(Handle handle, CommunityInfo community, long teamId, Map<String, Object> body) {
        fields.forEach(f -> f.store(handle, community, teamId, given(f, body)));
    }

    /** The added fields of each team, every name present (null when an extension has nothing). */
    public Map<Long, Map<String, Object>> read(Handle handle, CommunityInfo community, List<Long> teamIds) {
        Map<Long, Map<String, Object>> all = new HashMap<>();
        for (Long id : teamIds) {
            Map<String, Object> empty = new LinkedHashMap<>();
            names().forEach(n -> empty.put(n, null));
            all.put(id, empty);
        }
        if (teamIds.isEmpty()) {
            return all;
        }
        for (TeamFields f : fields) {
            f.read(handle, community, teamIds).forEach((id, values) -> {
                Map<String, Object> team = all.get(id);
                if (team != null) {
                    f.names().forEach(n -> team.put(n, values.get(n)));
                }
            });
        }
        return all;
    }

    private static Map<String, Object> given(TeamFields f, Map<String, Object> body) {
        Map<String, Object> given = new HashMap<>();
        f.names().stream().filter(body::containsKey).forEach(n -> given.put(n, body.get(n)));
        return given;
    }
}
