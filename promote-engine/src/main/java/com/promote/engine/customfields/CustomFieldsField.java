package com.promote.engine.customfields;

import com.promote.api.MemberFields;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/** A member's {@code customFields}: name to value, by name; empty when none. */
public final class CustomFieldsField implements MemberFields {
    static final String NAME = "customFields";

    @Override
    public List<String> names() {
        return List.of(NAME);
    }

    @Override
    public int order() {
        return 1_000;
    }

    /** The member ids come from one community already; member_custom_fields has no community of its own. */
    @Override
    public Map<Long, Map<String, Object>> read(Handle handle, long communityId, List<Long> memberIds) {
        Map<Long, Map<String, String>> values = new HashMap<>();
        memberIds.forEach(id -> values.put(id, new TreeMap<>()));
        if (!memberIds.isEmpty()) {
            handle.createQuery("SELECT member_id, name, field_value FROM " + CustomFieldsExtension.TABLE
                            + " WHERE member_id IN (<ids>)")
                    .bindList("ids", memberIds)
                    .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .forEach(r -> values.computeIfAbsent(r.memberId(), k -> new TreeMap<>()).put(r.name(), r.value()));
        }
        Map<Long, Map<String, Object>> fields = new HashMap<>();
        values.forEach((id, v) -> fields.put(id, Map.of(NAME, Collections.unmodifiableMap(v))));
        return fields;
    }

    private record Row(long memberId, String name, String value) {
    }
}
