package com.promote.billing.plans;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Plan.class)
public interface PlanDao {

    @SqlUpdate("INSERT INTO billing_plans (community_id, name, monthly_price_cents, currency) "
            + "VALUES (:communityId, :name, :cents, :currency)")
    @GetGeneratedKeys("id")
    long insert(@Bind("communityId") long communityId, @Bind("name") String name,
                @Bind("cents") long monthlyPriceCents, @Bind("currency") String currency);

    @SqlQuery("SELECT id, community_id, name, monthly_price_cents, currency FROM billing_plans "
            + "WHERE community_id = :communityId AND name = :name")
    Optional<Plan> findByName(@Bind("communityId") long communityId, @Bind("name") String name);

    @SqlQuery("SELECT id, community_id, name, monthly_price_cents, currency FROM billing_plans "
            + "WHERE community_id = :communityId ORDER BY name, id")
    List<Plan> list(@Bind("communityId") long communityId);
}
