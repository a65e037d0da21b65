package com.promote.engine.groups;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Group.class)
public interface GroupDao {
    @SqlUpdate("INSERT INTO room_groups (community_id, name, created_at) VALUES (:communityId, :name, CURRENT_TIMESTAMP(3))")
    @GetGeneratedKeys("id")
    long insert(@Bind("communityId") long communityId, @Bind("name") String name);

    @SqlQuery("SELECT id, community_id, name FROM room_groups WHERE community_id = :communityId ORDER BY name")
    List<Group> list(@Bind("communityId") long communityId);

}
