package com.promote.billing.proration;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money for part of a month: {@code monthly × days covered ÷ days in that month-long period},
 * in exact decimal arithmetic and rounded half-even to the cent only once, at the end.
 */
public final class Proration {
    private Proration() {
    }

    public static long cents(long monthlyCents, ProratedPeriod period) {
        return cents(monthlyCents, period.daysCovered(), period.daysInMonth());
    }

    static long cents(long monthlyCents, long daysCovered, long daysInMonth) {
        if (daysInMonth <= 0 || daysCovered < 0 || daysCovered > daysInMonth) {
            throw new IllegalArgumentException(daysCovered + " of " + daysInMonth + " days");
        }
        return BigDecimal.valueOf(monthlyCents)
                .multiply(BigDecimal.valueOf(daysCovered))
                .divide(BigDecimal.valueOf(daysInMonth), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }
}
