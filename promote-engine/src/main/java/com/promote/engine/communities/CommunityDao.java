package com.promote.engine.communities;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Community.class)
public interface CommunityDao {
    String COLUMNS = "id, name, time_zone, billing_enabled, default_billing_day";

    @SqlUpdate("INSERT INTO communities (name, time_zone, billing_enabled, default_billing_day, created_at)"
            + " VALUES (:name, :timeZone, :billingEnabled, :defaultBillingDay, CURRENT_TIMESTAMP(3))")
    @GetGeneratedKeys("id")
    long insert(@BindMethods NewCommunity community);

    @SqlQuery("SELECT " + COLUMNS + " FROM communities WHERE id = :id")
    Optional<Community> find(@Bind("id") long id);
}
