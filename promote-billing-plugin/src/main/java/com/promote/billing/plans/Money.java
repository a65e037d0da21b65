package com.promote.billing.plans;

import com.promote.billing.BillingErrorCode;
import com.promote.billing.Parsed;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * Money at the edges: decimal strings ("300.00") in, integer cents stored, two-place strings
 * out. Amounts are kept in hundredths whatever the currency, as the API promises two places.
 */
public final class Money {
    // A sanity bound, not a business rule: 10 billion a month is surely a typo.
    private static final BigDecimal MAX = new BigDecimal("10000000000");

    private Money() {
    }

    /** "300", "300.5" or "300.00" (string or JSON number) to cents; never rounds. */
    public static Parsed<Long> parseCents(Object value) {
        BigDecimal amount;
        try {
            amount = value instanceof String s ? new BigDecimal(s.trim())
                    : value instanceof Number n ? new BigDecimal(n.toString()) : null;
        } catch (NumberFormatException e) {
            amount = null;
        }
        if (amount == null) {
            return Parsed.error(BillingErrorCode.BAD_PRICE, "monthlyPrice must be an amount such as \"300.00\".");
        }
        if (amount.signum() < 0 || amount.compareTo(MAX) >= 0) {
            return Parsed.error(BillingErrorCode.BAD_PRICE, "monthlyPrice must be from 0 to less than " + MAX.toPlainString() + ".");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Parsed.error(BillingErrorCode.BAD_PRICE, "monthlyPrice has more than two decimal places: " + value + ".");
        }
        return Parsed.ok(amount.movePointRight(2).longValueExact());
    }

    /** An ISO 4217 code, upper-cased ("usd" is read as "USD"). */
    public static Parsed<String> parseCurrency(Object value) {
        if (value instanceof String s && s.trim().matches("[A-Za-z]{3}")) {
            String code = s.trim().toUpperCase(Locale.ROOT);
            try {
                return Parsed.ok(Currency.getInstance(code).getCurrencyCode());
            } catch (IllegalArgumentException unknown) {
                // fall through to the message below
            }
        }
        return Parsed.error(BillingErrorCode.BAD_CURRENCY, "currency must be an ISO 4217 code such as \"USD\", was " + value + ".");
    }

    /** Cents as a decimal string with two places: 11000 is "110.00". */
    public static String format(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
