package com.promote.billing.row;

import com.promote.billing.plans.Plan;
import com.promote.billing.proration.ProratedInvoice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What billing will write for one promoted row: a membership per plan, all on one bill day,
 * and at most one prorated invoice.
 *
 * @param startDate     the Billing Start Date, or the first bill date when there is none
 * @param firstBillDate the first recurring bill date
 */
public record BillingRowPlan(List<Plan> plans, int billDay, LocalDate startDate, LocalDate firstBillDate,
                             Optional<ProratedInvoice> proratedInvoice) {
    public BillingRowPlan {
        plans = List.copyOf(plans);
    }
}
