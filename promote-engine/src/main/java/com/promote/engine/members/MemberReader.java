package com.promote.engine.members;

import com.promote.api.MemberFields;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads members with their team and email status from the core's tables, then what each
 * installed extension adds to them ({@link MemberFields}, one batched read per extension): a
 * page costs one query plus one per extension, whatever its size. The core names no
 * extension's table or field.
 */
public final class MemberReader {
    private static final String COLUMNS = "SELECT m.id, m.first_name, m.last_name, m.email, m.phone, m.source,"
            + " m.notes, m.team_id, t.name AS team_name, t.admin_member_id, m.promoted_from_person_id,"
            + " o.status AS email_status, o.sent_at AS email_sent_at";
    private static final String JOINS = " JOIN teams t ON t.id = m.team_id LEFT JOIN onboarding_emails o ON o.member_id = m.id";
    private static final String SELECT = COLUMNS + " FROM members m" + JOINS;

    private final List<MemberFields> fields;

    public MemberReader(Collection<MemberFields> fields) {
        this.fields = fields.stream()
                .sorted(Comparator.comparingInt(MemberFields::order).thenComparing(f -> String.join(",", f.names())))
                .toList();
    }

    /** The JSON names of the fields the installed extensions add, in the order they are shown. */
    public List<String> addedNames() {
        return fields.stream().flatMap(f -> f.names().stream()).toList();
    }

    /**
     * The page's ids are picked first, from the (community, id) index, and only those rows are
     * joined. Written as one join, MariaDB drove it from the teams table of every community and
     * sorted the whole result for each page: reads slowed down as promotions added members.
     */
    public List<MemberView> page(Handle handle, long communityId, int offset, int limit) {
        return read(handle, communityId, COLUMNS + " FROM (SELECT id FROM members WHERE community_id = :c ORDER BY id"
                        + " LIMIT :limit OFFSET :offset) page JOIN members m ON m.id = page.id" + JOINS + " ORDER BY m.id",
                Map.of("c", communityId, "limit", limit, "offset", offset));
    }

    public Optional<MemberView> find(Handle handle, long communityId, long memberId) {
        return read(handle, communityId, SELECT + " WHERE m.community_id = :c AND m.id = :id",
                Map.of("c", communityId, "id", memberId)).stream().findFirst();
    }

    private List<MemberView> read(Handle handle, long communityId, String sql, Map<String, Object> params) {
        List<MemberView> bare = handle.createQuery(sql).bindMap(params).map((rs, ctx) -> {
            long id = rs.getLong("id");
            long admin = rs.getLong("admin_member_id");
            long from = rs.getLong("promoted_from_person_id");
            boolean hasFrom = !rs.wasNull();
            String status = rs.getString("email_status");
            Timestamp sentAt = rs.getTimestamp("email_sent_at");
            return new MemberView(id, rs.getString("first_name"), rs.getString("last_name"),
                    rs.getString("email"), rs.getString("phone"), rs.getString("source"),
                    rs.getString("notes"), rs.getLong("team_id"), rs.getString("team_name"),
                    admin == id, hasFrom ? from : null,
                    status == null ? "none" : "sent".equals(status) ? "sent" : "waiting",
                    sentAt == null ? null : sentAt.toInstant(), Map.of());
        }).list();
        if (bare.isEmpty() || fields.isEmpty()) {
            return bare;
        }
        List<Long> ids = bare.stream().map(MemberView::id).toList();
        Map<Long, Map<String, Object>> added = new LinkedHashMap<>();
        for (Long id : ids) {
            Map<String, Object> empty = new LinkedHashMap<>();
            addedNames().forEach(n -> empty.put(n, null));
            added.put(id, empty);
        }
        for (MemberFields f : fields) {
            f.read(handle, communityId, ids).forEach((id, values) -> {
                Map<String, Object> member = added.get(id);
                if (member != null) {
                    f.names().forEach(n -> member.put(n, values.get(n)));
                }
            });
        }
        return bare.stream().map(m -> m.withAdded(Collections.unmodifiableMap(added.get(m.id())))).toList();
    }
}
