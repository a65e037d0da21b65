package com.promote.billing.row;

import com.promote.billing.plans.Money;
import com.promote.billing.proration.ProratedInvoice;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields billing adds to a row's result (API.md: {@code memberships}, {@code proratedInvoice}),
 * as JSON-ready maps, lists and strings; dates ISO, money a two-place string.
 */
final class RowReport {
    static final String MEMBERSHIPS = "memberships";
    static final String PRORATED_INVOICE = "proratedInvoice";

    private RowReport() {
    }

    /** Both keys on every planned row; {@code proratedInvoice} is null when there is none (API.md). */
    static Map<String, Object> of(BillingRowPlan plan) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put(MEMBERSHIPS, plan.plans().stream().map(p -> membership(p.name(), plan)).toList());
        report.put(PRORATED_INVOICE, plan.proratedInvoice().map(RowReport::invoice).orElse(null));
        return report;
    }

    private static Map<String, Object> membership(String planName, BillingRowPlan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", planName);
        m.put("billDay", plan.billDay());
        m.put("startDate", plan.startDate().toString());
        m.put("firstBillDate", plan.firstBillDate().toString());
        return m;
    }

    private static Map<String, Object> invoice(ProratedInvoice invoice) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issueDate", invoice.issueDate().toString());
        m.put("periodStart", invoice.period().start().toString());
        m.put("periodEnd", invoice.period().end().toString());
        m.put("amount", Money.format(invoice.amountCents()));
        m.put("currency", invoice.currency());
        m.put("lines", invoice.lines().stream().map(line -> Map.<String, Object>of(
                "plan", line.plan().name(), "amount", Money.format(line.amountCents()))).toList());
        return m;
    }
}
