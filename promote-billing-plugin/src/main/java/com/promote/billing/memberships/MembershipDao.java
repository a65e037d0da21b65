package com.promote.billing.memberships;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface MembershipDao {

    /** A member's membership with its plan, as the memberships API shows it. */
    record Row(long id, String plan, long monthlyPriceCents, String currency, int billDay,
               LocalDate startDate, LocalDate firstBillDate) {
    }

    /** The first membership stored for a team: its creator's. */
    record TeamFirst(long teamId, int billDay, LocalDate firstBillDate) {
    }

    @SqlUpdate("INSERT INTO billing_memberships (community_id, member_id, team_id, plan_id, bill_day, "
            + "start_date, first_bill_date, promotion_id) VALUES (:communityId, :memberId, :teamId, :planId, "
            + ":billDay, :startDate, :firstBillDate, :promotionId)")
    @GetGeneratedKeys("id")
    long insert(@Bind("communityId") long communityId, @Bind("memberId") long memberId,
                @Bind("teamId") long teamId, @Bind("planId") long planId, @Bind("billDay") int billDay,
                @Bind("startDate") LocalDate startDate, @Bind("firstBillDate") LocalDate firstBillDate,
                @Bind("promotionId") long promotionId);

    @SqlQuery("SELECT m.id, p.name AS plan, p.monthly_price_cents, p.currency, m.bill_day, m.start_date, "
            + "m.first_bill_date FROM billing_memberships m JOIN billing_plans p ON p.id = m.plan_id "
            + "WHERE m.community_id = :communityId AND m.member_id = :memberId ORDER BY m.id")
    @RegisterConstructorMapper(Row.class)
    List<Row> listForMember(@Bind("communityId") long communityId, @Bind("memberId") long memberId);

    @SqlQuery("SELECT m.team_id, m.bill_day, m.first_bill_date FROM billing_memberships m "
            + "JOIN (SELECT MIN(id) AS id FROM billing_memberships WHERE community_id = :communityId "
            + "GROUP BY team_id) f ON f.id = m.id")
    @RegisterConstructorMapper(TeamFirst.class)
    List<TeamFirst> firstPerTeam(@Bind("communityId") long communityId);
}
