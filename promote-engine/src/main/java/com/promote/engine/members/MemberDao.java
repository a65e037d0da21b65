package com.promote.engine.members;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Member.class)
public interface MemberDao {
    String COLUMNS = "id, community_id, team_id, first_name, last_name, email, phone, source, notes,"
            + " promoted_from_person_id, promotion_id";

    @SqlUpdate("INSERT INTO members (community_id, team_id, first_name, last_name, email, email_key, phone,"
            + " source, notes, promoted_from_person_id, promotion_id, created_at, updated_at)"
            + " VALUES (:communityId, :teamId, :firstName, :lastName, :email, :emailKey, :phone, :source, :notes,"
            + " :promotedFromPersonId, :promotionId, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))")
    @GetGeneratedKeys("id")
    long insert(@BindMethods NewMember member);

    @SqlQuery("SELECT " + COLUMNS + " FROM members WHERE community_id = :communityId AND id = :id")
    Optional<Member> find(@Bind("communityId") long communityId, @Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM members WHERE community_id = :communityId"
            + " ORDER BY id LIMIT :limit OFFSET :offset")
    List<Member> page(@Bind("communityId") long communityId, @Bind("offset") int offset, @Bind("limit") int limit);
}
