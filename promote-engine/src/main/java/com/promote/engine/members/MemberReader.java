package com.promote.engine.members;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Reads members with their team, groups, custom fields and email status: four queries per
 * page, whatever its size.
 */
public final class MemberReader {
    private static final String COLUMNS = "SELECT m.id, m.first_name, m.last_name, m.email, m.phone, m.source,"
            + " m.notes, m.team_id, t.name AS team_name, t.admin_member_id, m.promoted_from_person_id,"
            + " o.status AS email_status, o.sent_at AS email_sent_at";
    private static final String JOINS = " JOIN teams t ON t.id = m.team_id LEFT JOIN onboarding_emails o ON o.member_id = m.id";
    private static final String SELECT = COLUMNS + " FROM members m" + JOINS;

    /**
     * The page's ids are picked first, from the (community, id) index, and only those rows are
     * joined. Written as one join, MariaDB drove it from the teams table of every community and
     * sorted the whole result for each page: reads slowed down as promotions added members.
     */
    public List<MemberView> page(Handle handle, long communityId, int offset, int limit) {
        return read(handle, COLUMNS + " FROM (SELECT id FROM members WHERE community_id = :c ORDER BY id"
                        + " LIMIT :limit OFFSET :offset) page JOIN members m ON m.id = page.id" + JOINS + " ORDER BY m.id",
                Map.of("c", communityId, "limit", limit, "offset", offset));
    }

    public Optional<MemberView> find(Handle handle, long communityId, long memberId) {
        return read(handle, SELECT + " WHERE m.community_id = :c AND m.id = :id",
                Map.of("c", communityId, "id", memberId)).stream().findFirst();
    }

    private List<MemberView> read(Handle handle, String sql, Map<String, Object> params) {
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
                    admin == id, List.of(), Map.of(), hasFrom ? from : null,
                    status == null ? "none" : "sent".equals(status) ? "sent" : "waiting",
                    sentAt == null ? null : sentAt.toInstant());
        }).list();
        if (bare.isEmpty()) {
            return List.of();
        }
        List<Long> ids = bare.stream().map(MemberView::id).toList();
        Map<Long, List<String>> groups = new HashMap<>();
        handle.createQuery("SELECT mg.member_id, g.name FROM member_groups mg JOIN room_groups g"
                        + " ON g.id = mg.group_id WHERE mg.member_id IN (<ids>) ORDER BY g.name")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> groups.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, Map<String, String>> fields = new HashMap<>();
        handle.createQuery("SELECT member_id, name, field_value FROM member_custom_fields"
                        + " WHERE member_id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> List.of(String.valueOf(rs.getLong(1)), rs.getString(2), rs.getString(3)))
                .forEach(r -> fields.computeIfAbsent(Long.parseLong(r.get(0)), k -> new TreeMap<>())
                        .put(r.get(1), r.get(2)));
        List<MemberView> views = new ArrayList<>();
        for (MemberView m : bare) {
            views.add(new MemberView(m.id(), m.firstName(), m.lastName(), m.email(), m.phone(),
                    m.source(), m.notes(), m.teamId(), m.teamName(), m.teamAdmin(),
                    groups.getOrDefault(m.id(), List.of()), fields.getOrDefault(m.id(), Map.of()),
                    m.promotedFromPersonId(), m.onboardingEmailStatus(), m.onboardingEmailSentAt()));
        }
        return views;
    }
}
