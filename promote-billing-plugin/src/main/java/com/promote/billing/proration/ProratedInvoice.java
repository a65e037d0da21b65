package com.promote.billing.proration;

import com.promote.billing.plans.Plan;
import java.time.LocalDate;
import java.util.List;

/**
 * The one prorated invoice of a member whose billing starts between bill days: a line per
 * plan, each rounded on its own, so the total is what the lines show.
 */
public record ProratedInvoice(ProratedPeriod period, String currency, List<Line> lines) {

    public record Line(Plan plan, long amountCents) {
    }

    public ProratedInvoice {
        lines = List.copyOf(lines);
    }

    /** One line per plan; the plans must share {@code currency} (the planner checks it). */
    public static ProratedInvoice of(ProratedPeriod period, String currency, List<Plan> plans) {
        return new ProratedInvoice(period, currency, plans.stream()
                .map(plan -> new Line(plan, Proration.cents(plan.monthlyPriceCents(), period)))
                .toList());
    }

    public LocalDate issueDate() {
        return period.start();
    }

    public long amountCents() {
        return lines.stream().mapToLong(Line::amountCents).sum();
    }
}
