package com.promote.billing.undo;

import com.promote.api.UndoContext;
import com.promote.billing.teams.TeamBillDays;
import java.util.List;

/**
 * Undoes billing for many promoted members at once: their memberships go, and so do their
 * invoices not yet issued (issue date after today); an invoice already issued is a record that
 * stays. A team the undo removes takes its bill day with it.
 */
public final class BillingUndo {
    private BillingUndo() {
    }

    /** Runs in the undo's transaction, one statement per table (and one to find the invoices). */
    public static void undo(UndoContext context) {
        UndoDao dao = context.handle().attach(UndoDao.class);
        long community = context.community().id();
        if (!context.memberIds().isEmpty()) {
            List<Long> invoices = dao.unissuedInvoices(context.memberIds(), context.promotionId(), context.today());
            if (!invoices.isEmpty()) {
                dao.deleteInvoiceLines(invoices);
                dao.deleteInvoices(invoices);
            }
            dao.deleteMemberships(context.memberIds(), context.promotionId());
        }
        if (!context.teamIds().isEmpty()) {
            context.handle().createUpdate("DELETE FROM " + TeamBillDays.TABLE
                            + " WHERE community_id = :c AND team_id IN (<ids>)")
                    .bind("c", community).bindList("ids", context.teamIds()).execute();
        }
    }
}
