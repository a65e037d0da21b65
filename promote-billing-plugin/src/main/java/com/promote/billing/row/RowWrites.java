package com.promote.billing.row;

import com.promote.api.Insert;
import com.promote.api.PromotedRow;
import com.promote.api.Writes;
import com.promote.billing.invoices.InvoiceKind;
import com.promote.billing.plans.Plan;
import com.promote.billing.proration.ProratedInvoice;
import com.promote.billing.teams.TeamBillDays;
import java.util.HashMap;
import java.util.Map;

/**
 * What billing hands the engine for one promoted row: a membership per plan, the prorated
 * invoice with a line per plan (each line naming its membership, whose id the engine fills
 * in), and, for a team this row created, the team's bill day.
 */
public final class RowWrites {
    public static final String MEMBERSHIPS = "billing_memberships";
    public static final String INVOICES = "billing_invoices";
    public static final String INVOICE_LINES = "billing_invoice_lines";

    private RowWrites() {
    }

    public static void write(BillingRowPlan plan, PromotedRow row, Writes writes) {
        if (row.teamCreatedByThisRow()) {
            // The team's bill day is the one this row was billed on, for the team's later members.
            writes.insertInto(TeamBillDays.TABLE).set("team_id", row.teamId()).set("community_id", row.community().id())
                    .set("bill_day", plan.billDay());
        }
        Map<Long, Insert> membershipByPlan = new HashMap<>();
        for (Plan p : plan.plans()) {
            membershipByPlan.put(p.id(), writes.insertInto(MEMBERSHIPS).set("community_id", row.community().id())
                    .set("member_id", row.memberId()).set("team_id", row.teamId()).set("plan_id", p.id())
                    .set("bill_day", plan.billDay()).set("start_date", plan.startDate())
                    .set("first_bill_date", plan.firstBillDate()).set("promotion_id", row.promotionId()));
        }
        plan.proratedInvoice().ifPresent(invoice -> invoice(invoice, membershipByPlan, row, writes));
    }

    private static void invoice(ProratedInvoice invoice, Map<Long, Insert> membershipByPlan, PromotedRow row,
                                Writes writes) {
        Insert stored = writes.insertInto(INVOICES).set("community_id", row.community().id())
                .set("member_id", row.memberId()).set("kind", InvoiceKind.PRORATED.json())
                .set("issue_date", invoice.issueDate()).set("period_start", invoice.period().start())
                .set("period_end", invoice.period().end()).set("amount_cents", invoice.amountCents())
                .set("currency", invoice.currency()).set("promotion_id", row.promotionId());
        for (ProratedInvoice.Line line : invoice.lines()) {
            writes.insertInto(INVOICE_LINES).set("invoice_id", stored)
                    .set("membership_id", membershipByPlan.get(line.plan().id())).set("plan_id", line.plan().id())
                    .set("description", line.plan().name()).set("amount_cents", line.amountCents());
        }
    }
}
