package com.promote.billing.schedule;

import com.promote.billing.BillingErrorCode;
import com.promote.billing.Parsed;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a Monthly Bill Date cell: a whole number 1-31 (the bill day, not a date). */
public final class MonthlyBillDate {
    // Digits only: "5.0", "+5" or "5th" are refused rather than guessed at (and offered as 5, see meant).
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final Pattern ANOTHER_WAY = Pattern.compile("0*(\\d{1,2})(?:\\.0+|st|nd|rd|th)?",
            Pattern.CASE_INSENSITIVE);

    private MonthlyBillDate() {
    }

    /**
     * The bill day a cell writes another way ({@code 5th}, {@code 5.0}, {@code 05} -> {@code 5}), as
     * the cell should say it; empty when it is already right or names no day 1-31.
     */
    public static Optional<String> meant(String cell) {
        Matcher m = ANOTHER_WAY.matcher(cell.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        String written = Integer.toString(day);
        return BillDays.isValid(day) && !written.equals(cell) ? Optional.of(written) : Optional.empty();
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
