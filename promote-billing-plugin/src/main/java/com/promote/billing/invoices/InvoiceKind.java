package com.promote.billing.invoices;

import java.util.Locale;

/** Why an invoice was issued; stored and shown in lower case ({@code "prorated"}). */
public enum InvoiceKind {
    /** The part-month before the first recurring bill, when billing starts between bill days. */
    PRORATED,
    /** A month's bill on the bill day (issued by a billing run, not by a promotion). */
    RECURRING;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
