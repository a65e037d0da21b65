package com.promote.billing;

import java.util.Locale;

/**
 * Every problem billing reports, by a stable code for tools ({@code Problem.code()}); the
 * messages are for people and may change, these may not.
 */
public enum BillingErrorCode {
    /** The file of a billing community has no Plans column. */
    MISSING_PLANS_COLUMN,
    /** A row's Plans cell is empty. */
    MISSING_PLANS,
    UNKNOWN_PLAN,
    DUPLICATE_PLAN,
    /** The plans of one row are priced in different currencies. */
    MIXED_CURRENCIES,
    BAD_MONTHLY_BILL_DATE,
    BAD_BILLING_START_DATE,
    BILLING_START_DATE_NOT_AFTER_TODAY,
    /** API: a plan's monthly price. */
    BAD_PRICE,
    /** API: a plan's currency. */
    BAD_CURRENCY;

    /** Lower snake_case, as the SPI asks: {@code unknown_plan}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
