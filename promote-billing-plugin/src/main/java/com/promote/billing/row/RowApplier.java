package com.promote.billing.row;

import com.promote.api.ApplyContext;
import com.promote.billing.invoices.InvoiceDao;
import com.promote.billing.invoices.InvoiceKind;
import com.promote.billing.memberships.MembershipDao;
import com.promote.billing.plans.Plan;
import com.promote.billing.proration.ProratedInvoice;
import java.util.HashMap;
import java.util.Map;

/** Writes a row's billing plan, only through DAOs attached to the row's own transaction. */
public final class RowApplier {
    private RowApplier() {
    }

    public static void apply(BillingRowPlan plan, ApplyContext ctx) {
        if (ctx.teamCreatedByThisRow()) {
            // The team's bill day is the one this row was billed on, for the team's later members.
            ctx.setTeamBillDay(plan.billDay());
        }
        long communityId = ctx.community().id();
        MembershipDao memberships = ctx.handle().attach(MembershipDao.class);
        Map<Long, Long> membershipByPlan = new HashMap<>();
        for (Plan p : plan.plans()) {
            membershipByPlan.put(p.id(), memberships.insert(communityId, ctx.memberId(), ctx.teamId(), p.id(),
                    plan.billDay(), plan.startDate(), plan.firstBillDate(), ctx.promotionId()));
        }
        plan.proratedInvoice().ifPresent(invoice -> insert(invoice, membershipByPlan, ctx));
    }

    private static void insert(ProratedInvoice invoice, Map<Long, Long> membershipByPlan, ApplyContext ctx) {
        InvoiceDao invoices = ctx.handle().attach(InvoiceDao.class);
        long id = invoices.insert(ctx.community().id(), ctx.memberId(), InvoiceKind.PRORATED.json(),
                invoice.issueDate(), invoice.period().start(), invoice.period().end(), invoice.amountCents(),
                invoice.currency(), ctx.promotionId());
        for (ProratedInvoice.Line line : invoice.lines()) {
            invoices.insertLine(id, membershipByPlan.get(line.plan().id()), line.plan().id(), line.plan().name(),
                    line.amountCents());
        }
    }
}
