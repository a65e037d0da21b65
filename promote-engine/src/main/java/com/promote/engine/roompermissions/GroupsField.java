package com.promote.engine.roompermissions;

import com.promote.api.MemberFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** A member's {@code groups}: the names of the groups the member joined, by name; empty when none. */
public final class GroupsField implements MemberFields {
    static final String NAME = "groups";

    @Override
    public List<String> names() {
        return List.of(NAME);
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Map<Long, Map<String, Object>> read(Handle handle, long communityId, List<Long> memberIds) {
        Map<Long, List<String>> groups = new HashMap<>();
        memberIds.forEach(id -> groups.put(id, new ArrayList<>()));
        if (!memberIds.isEmpty()) {
            handle.createQuery("SELECT mg.member_id, g.name FROM " + RoomPermissionsExtension.TABLE + " mg"
                            + " JOIN room_groups g ON g.id = mg.group_id"
                            + " WHERE g.community_id = :c AND mg.member_id IN (<ids>) ORDER BY g.name")
                    .bind("c", communityId)
                    .bindList("ids", memberIds)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> groups.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        Map<Long, Map<String, Object>> fields = new HashMap<>();
        groups.forEach((id, names) -> fields.put(id, Map.of(NAME, List.copyOf(names))));
        return fields;
    }
}
