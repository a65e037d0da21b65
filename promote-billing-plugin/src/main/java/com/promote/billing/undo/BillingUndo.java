package com.promote.billing.undo;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/**
 * Undoes billing for one promoted member: its memberships go, and so do its invoices not yet
 * issued (issue date after today); an invoice already issued is a record that stays.
 * Ready for an undo hook in the SPI, which has none yet: nothing calls this in the app today.
 */
public final class BillingUndo {
    private BillingUndo() {
    }

    /** Runs in the caller's transaction ({@code handle}), like apply. */
    public static void undo(Handle handle, long communityId, long memberId, long promotionId, LocalDate today) {
        UndoDao dao = handle.attach(UndoDao.class);
        dao.deleteUnissuedInvoiceLines(communityId, memberId, promotionId, today);
        dao.deleteUnissuedInvoices(communityId, memberId, promotionId, today);
        dao.deleteMemberships(communityId, memberId, promotionId);
    }
}
