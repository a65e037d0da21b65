package com.promote.billing.schedule;

import com.promote.billing.BillingErrorCode;
import com.promote.billing.Parsed;
import java.util.regex.Pattern;

/** Reads a Monthly Bill Date cell: a whole number 1-31 (the bill day, not a date). */
public final class MonthlyBillDate {
    // Digits only: "5.0", "+5" or "5th" are refused rather than guessed at.
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private MonthlyBillDate() {
    }

    public static Parsed<Integer> parse(String cell) {
        if (WHOLE.matcher(cell).matches()) {
            int day = Integer.parseInt(cell);
            if (BillDays.isValid(day)) {
                return Parsed.ok(day);
            }
        }
        return Parsed.error(BillingErrorCode.BAD_MONTHLY_BILL_DATE,
                "Monthly Bill Date '" + cell + "' must be a whole number from 1 to 31 (the day of the month bills fall on).");
    }
}
