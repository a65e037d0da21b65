package com.promote.app.web;

import com.promote.engine.crm.Person;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Read-only queries the pages need beyond the JSON API's: the CRM search (people still in the
 * CRM whose name, email or company contains the words, any case; {@code pattern} is a LIKE
 * pattern in lower case with {@code !} as escape) and a team summary.
 */
@RegisterConstructorMapper(Person.class)
public interface PageDao {
    record TeamSummary(long id, String name, Long adminMemberId, String adminFirstName,
                       String adminLastName, String adminEmail, int memberCount) {
    }

    String WHERE = " FROM people WHERE community_id = :c AND archived_at IS NULL"
            + " AND (:type IS NULL OR type = :type)"
            + " AND (:pattern IS NULL"
            + "   OR LOWER(CONCAT(COALESCE(first_name, ''), ' ', COALESCE(last_name, ''))) LIKE :pattern ESCAPE '!'"
            + "   OR LOWER(COALESCE(email, '')) LIKE :pattern ESCAPE '!'"
            + "   OR LOWER(COALESCE(company_name, '')) LIKE :pattern ESCAPE '!')";

    @SqlQuery("SELECT id, community_id, type, first_name, last_name, email, phone, company_name, source, notes,"
            + " follow_up_date, tour_date, promoted_date, created_at" + WHERE
            + " ORDER BY last_name, first_name, id LIMIT :limit OFFSET :offset")
    List<Person> search(@Bind("c") long communityId, @Bind("type") String type, @Bind("pattern") String pattern,
                        @Bind("offset") int offset, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*)" + WHERE)
    int count(@Bind("c") long communityId, @Bind("type") String type, @Bind("pattern") String pattern);

    @SqlQuery("SELECT t.id, t.name, t.admin_member_id, a.first_name AS admin_first_name,"
            + " a.last_name AS admin_last_name, a.email AS admin_email,"
            + " (SELECT COUNT(*) FROM members m WHERE m.team_id = t.id) AS member_count"
            + " FROM teams t LEFT JOIN members a ON a.id = t.admin_member_id"
            + " WHERE t.community_id = :c ORDER BY t.name, t.id LIMIT :limit OFFSET :offset")
    @RegisterConstructorMapper(TeamSummary.class)
    List<TeamSummary> teams(@Bind("c") long communityId, @Bind("offset") int offset, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM teams WHERE community_id = :c")
    int teamCount(@Bind("c") long communityId);

    @SqlQuery("SELECT COUNT(*) FROM members WHERE community_id = :c")
    int memberCount(@Bind("c") long communityId);

    /** "contains", case-insensitive; null for no filter. */
    static String containsPattern(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String escaped = query.trim().toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
