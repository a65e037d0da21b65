package com.promote.engine.teams;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Team.class)
public interface TeamDao {
    String COLUMNS = "id, community_id, name, admin_member_id, created_by_promotion_id";

    @SqlUpdate("INSERT INTO teams (community_id, name, created_by_promotion_id, created_at)"
            + " VALUES (:communityId, :name, :promotionId, CURRENT_TIMESTAMP(3))")
    @GetGeneratedKeys("id")
    long insert(@Bind("communityId") long communityId, @Bind("name") String name,
                @Bind("promotionId") Long promotionId);

    @SqlQuery("SELECT " + COLUMNS + " FROM teams WHERE community_id = :communityId AND id = :id")
    Optional<Team> find(@Bind("communityId") long communityId, @Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM teams WHERE community_id = :communityId AND name = :name")
    Optional<Team> findByName(@Bind("communityId") long communityId, @Bind("name") String name);

    @SqlQuery("SELECT " + COLUMNS + " FROM teams WHERE community_id = :communityId AND name IN (<names>)")
    List<Team> findByNames(@Bind("communityId") long communityId, @BindList("names") Collection<String> names);

    @SqlQuery("SELECT " + COLUMNS + " FROM teams WHERE community_id = :communityId"
            + " ORDER BY id LIMIT :limit OFFSET :offset")
    List<Team> page(@Bind("communityId") long communityId, @Bind("offset") int offset, @Bind("limit") int limit);

    /** Names only, for the preview's "differs only in case or spacing" warning. */
    @SqlQuery("SELECT name FROM teams WHERE community_id = :communityId")
    List<String> allNames(@Bind("communityId") long communityId);

    @SqlUpdate("UPDATE teams SET admin_member_id = :memberId WHERE id = :id")
    void setAdmin(@Bind("id") long teamId, @Bind("memberId") long memberId);

}
