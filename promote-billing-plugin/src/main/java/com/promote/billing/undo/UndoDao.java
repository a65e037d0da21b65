package com.promote.billing.undo;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Removes what one promotion's rows wrote for many members (SPEC "Undo"). Lines go by their
 * invoices' ids, found first: MariaDB runs a DELETE with an IN (subquery) as a scan of the whole
 * lines table with the subquery per line, once per batch of the undo. Memberships and invoices are
 * found by member id alone (the undo's members are the promotion's, so of its community): H2 looks
 * up an IN list only on an index's first column, and with the community first it read every
 * membership of the community for each batch.
 */
public interface UndoDao {

    @SqlQuery("SELECT id FROM billing_invoices WHERE member_id IN (<memberIds>)"
            + " AND promotion_id = :promotionId AND issue_date > :today")
    List<Long> unissuedInvoices(@BindList("memberIds") List<Long> memberIds, @Bind("promotionId") long promotionId,
                                @Bind("today") LocalDate today);

    @SqlUpdate("DELETE FROM billing_invoice_lines WHERE invoice_id IN (<invoiceIds>)")
    int deleteInvoiceLines(@BindList("invoiceIds") List<Long> invoiceIds);

    @SqlUpdate("DELETE FROM billing_invoices WHERE id IN (<invoiceIds>)")
    int deleteInvoices(@BindList("invoiceIds") List<Long> invoiceIds);

    @SqlUpdate("DELETE FROM billing_memberships WHERE member_id IN (<memberIds>) AND promotion_id = :promotionId")
    int deleteMemberships(@BindList("memberIds") List<Long> memberIds, @Bind("promotionId") long promotionId);
}
