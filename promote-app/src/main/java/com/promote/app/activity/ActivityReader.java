package com.promote.app.activity;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads the activity log (the engine writes it: see {@code ActivityRecorder}), newest first,
 * with each admin's username. Only reads: entries are never edited or deleted.
 */
public final class ActivityReader {
    private static final String SELECT = "SELECT a.id, a.occurred_at, ad.username, a.address, a.action, a.target,"
            + " a.details FROM activity a LEFT JOIN admins ad ON ad.id = a.admin_id";

    /** A community's entries, optionally of one action and one admin (by username). */
    public record Filter(String action, String admin) {
        public Filter {
            action = blankToNull(action);
            admin = blankToNull(admin);
        }

        String where() {
            return " WHERE a.community_id = :c" + (action == null ? "" : " AND a.action = :action")
                    + (admin == null ? "" : " AND ad.username = :admin");
        }

        Query bind(Query query) {
            if (action != null) {
                query.bind("action", action);
            }
            if (admin != null) {
                query.bind("admin", admin);
            }
            return query;
        }
    }

    private ActivityReader() {
    }

    public static List<ActivityEntry> community(Handle h, long communityId, Filter filter, int offset, int limit) {
        return filter.bind(h.createQuery(SELECT + filter.where() + " ORDER BY a.id DESC LIMIT :limit OFFSET :offset"))
                .bind("c", communityId).bind("offset", offset).bind("limit", limit)
                .map(ActivityReader::entry).list();
    }

    public static int count(Handle h, long communityId, Filter filter) {
        return filter.bind(h.createQuery("SELECT COUNT(*) FROM activity a LEFT JOIN admins ad ON ad.id = a.admin_id"
                        + filter.where()))
                .bind("c", communityId).mapTo(Integer.class).one();
    }

    /** The admin's own record: its sign-ins, failed sign-ins and sign-outs. */
    public static List<ActivityEntry> own(Handle h, long adminId, int offset, int limit) {
        return h.createQuery(SELECT + " WHERE a.admin_id = :admin AND a.community_id IS NULL"
                        + " ORDER BY a.id DESC LIMIT :limit OFFSET :offset")
                .bind("admin", adminId).bind("offset", offset).bind("limit", limit)
                .map(ActivityReader::entry).list();
    }

    /** The kinds of entry a community's log holds, for the page's filter. */
    public static List<String> actions(Handle h, long communityId) {
        return h.createQuery("SELECT DISTINCT action FROM activity WHERE community_id = :c ORDER BY action")
                .bind("c", communityId).mapTo(String.class).list();
    }

    /** The admins a community's log names, for the page's filter. */
    public static List<String> admins(Handle h, long communityId) {
        return h.createQuery("SELECT DISTINCT ad.username FROM activity a JOIN admins ad ON ad.id = a.admin_id"
                        + " WHERE a.community_id = :c ORDER BY ad.username")
                .bind("c", communityId).mapTo(String.class).list();
    }

    private static ActivityEntry entry(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new ActivityEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
