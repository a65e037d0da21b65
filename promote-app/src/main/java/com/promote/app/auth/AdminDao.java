package com.promote.app.auth;

import com.promote.engine.communities.Community;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Admins, their password hashes and the communities each may see. */
public interface AdminDao {
    record StoredAdmin(long id, String username, String passwordHash) {
    }

    @SqlUpdate("INSERT INTO admins (username, password_hash, created_at) VALUES (:username, :hash, CURRENT_TIMESTAMP(3))")
    @GetGeneratedKeys("id")
    long insert(@Bind("username") String username, @Bind("hash") String passwordHash);

    @SqlUpdate("UPDATE admins SET password_hash = :hash WHERE id = :id")
    void setPassword(@Bind("id") long id, @Bind("hash") String passwordHash);

    @SqlQuery("SELECT id, username, password_hash FROM admins WHERE username = :username")
    @RegisterConstructorMapper(StoredAdmin.class)
    Optional<StoredAdmin> findByUsername(@Bind("username") String username);

    @SqlQuery("SELECT COUNT(*) FROM admins")
    long count();

    @SqlUpdate("INSERT INTO community_admins (community_id, admin_id) VALUES (:communityId, :adminId)")
    void bind(@Bind("communityId") long communityId, @Bind("adminId") long adminId);

    @SqlQuery("SELECT COUNT(*) FROM community_admins WHERE community_id = :communityId AND admin_id = :adminId")
    int isBound(@Bind("communityId") long communityId, @Bind("adminId") long adminId);

    /** The community, if this admin is bound to it: one query on every request the guard checks. */
    @SqlQuery("SELECT c.id, c.name, c.time_zone, c.billing_enabled, c.default_billing_day"
            + " FROM communities c JOIN community_admins ca ON ca.community_id = c.id"
            + " WHERE c.id = :communityId AND ca.admin_id = :adminId")
    @RegisterConstructorMapper(Community.class)
    Optional<Community> communityOf(@Bind("adminId") long adminId, @Bind("communityId") long communityId);

    @SqlQuery("SELECT c.id, c.name, c.time_zone, c.billing_enabled, c.default_billing_day"
            + " FROM communities c JOIN community_admins ca ON ca.community_id = c.id"
            + " WHERE ca.admin_id = :adminId ORDER BY c.name, c.id")
    @RegisterConstructorMapper(Community.class)
    List<Community> communitiesOf(@Bind("adminId") long adminId);
}
