package com.promote.billing;

import java.util.Set;

/** The upload columns the billing extension owns, as an admin types them. */
public final class BillingColumns {
    public static final String PLANS = "Plans";
    public static final String MONTHLY_BILL_DATE = "Monthly Bill Date";
    public static final String BILLING_START_DATE = "Billing Start Date";

    public static final Set<String> ALL = Set.of(PLANS, MONTHLY_BILL_DATE, BILLING_START_DATE);

    private BillingColumns() {
    }
}
