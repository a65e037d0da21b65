package com.promote.billing.invoices;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface InvoiceDao {

    /** An invoice as the invoices API shows it. */
    record Row(long id, LocalDate issueDate, LocalDate periodStart, LocalDate periodEnd,
               long amountCents, String currency, String kind) {
    }

    /** One line of an invoice: a plan's share. */
    record LineRow(long invoiceId, long membershipId, String plan, long amountCents) {
    }

    @SqlUpdate("INSERT INTO billing_invoices (community_id, member_id, kind, issue_date, period_start, "
            + "period_end, amount_cents, currency, promotion_id) VALUES (:communityId, :memberId, :kind, "
            + ":issueDate, :periodStart, :periodEnd, :amountCents, :currency, :promotionId)")
    @GetGeneratedKeys("id")
    long insert(@Bind("communityId") long communityId, @Bind("memberId") long memberId,
                @Bind("kind") String kind, @Bind("issueDate") LocalDate issueDate,
                @Bind("periodStart") LocalDate periodStart, @Bind("periodEnd") LocalDate periodEnd,
                @Bind("amountCents") long amountCents, @Bind("currency") String currency,
                @Bind("promotionId") long promotionId);

    @SqlUpdate("INSERT INTO billing_invoice_lines (invoice_id, membership_id, plan_id, description, "
            + "amount_cents) VALUES (:invoiceId, :membershipId, :planId, :description, :amountCents)")
    void insertLine(@Bind("invoiceId") long invoiceId, @Bind("membershipId") long membershipId,
                    @Bind("planId") long planId, @Bind("description") String description,
                    @Bind("amountCents") long amountCents);

    @SqlQuery("SELECT id, issue_date, period_start, period_end, amount_cents, currency, kind "
            + "FROM billing_invoices WHERE community_id = :communityId AND member_id = :memberId "
            + "ORDER BY issue_date, id")
    @RegisterConstructorMapper(Row.class)
    List<Row> listForMember(@Bind("communityId") long communityId, @Bind("memberId") long memberId);

    @SqlQuery("SELECT l.invoice_id, l.membership_id, l.description AS plan, l.amount_cents "
            + "FROM billing_invoice_lines l JOIN billing_invoices i ON i.id = l.invoice_id "
            + "WHERE i.community_id = :communityId AND i.member_id = :memberId ORDER BY l.id")
    @RegisterConstructorMapper(LineRow.class)
    List<LineRow> linesForMember(@Bind("communityId") long communityId, @Bind("memberId") long memberId);
}
