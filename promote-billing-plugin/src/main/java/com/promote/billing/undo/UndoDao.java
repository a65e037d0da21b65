package com.promote.billing.undo;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Removes what one promotion's rows wrote for many members (SPEC "Undo"). */
public interface UndoDao {

    @SqlUpdate("DELETE FROM billing_invoice_lines WHERE invoice_id IN (SELECT id FROM billing_invoices "
            + "WHERE community_id = :communityId AND member_id IN (<memberIds>) AND promotion_id = :promotionId "
            + "AND issue_date > :today)")
    int deleteUnissuedInvoiceLines(@Bind("communityId") long communityId, @BindList("memberIds") List<Long> memberIds,
                                   @Bind("promotionId") long promotionId, @Bind("today") LocalDate today);

    @SqlUpdate("DELETE FROM billing_invoices WHERE community_id = :communityId AND member_id IN (<memberIds>) "
            + "AND promotion_id = :promotionId AND issue_date > :today")
    int deleteUnissuedInvoices(@Bind("communityId") long communityId, @BindList("memberIds") List<Long> memberIds,
                               @Bind("promotionId") long promotionId, @Bind("today") LocalDate today);

    @SqlUpdate("DELETE FROM billing_memberships WHERE community_id = :communityId AND member_id IN (<memberIds>) "
            + "AND promotion_id = :promotionId")
    int deleteMemberships(@Bind("communityId") long communityId, @BindList("memberIds") List<Long> memberIds,
                          @Bind("promotionId") long promotionId);
}
