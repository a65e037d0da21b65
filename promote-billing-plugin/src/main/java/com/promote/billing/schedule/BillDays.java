package com.promote.billing.schedule;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where a monthly bill day falls. A bill day is stored as the admin chose it (1-31); in a
 * month too short for it, the bill falls on that month's last day instead, so day 31 bills on
 * June 30 and on February 28, and is back on the 31st in July.
 */
public final class BillDays {
    public static final int FIRST = 1;
    public static final int LAST = 31;

    private BillDays() {
    }

    /** The date the bill day falls on in that month, clamped to the month's last day. */
    public static LocalDate in(YearMonth month, int billDay) {
        requireValid(billDay);
        return month.atDay(Math.min(billDay, month.lengthOfMonth()));
    }

    /** The first date after {@code date} (never {@code date} itself) on which the bill day falls. */
    public static LocalDate nextStrictlyAfter(LocalDate date, int billDay) {
        YearMonth month = YearMonth.from(date);
        LocalDate thisMonth = in(month, billDay);
        return thisMonth.isAfter(date) ? thisMonth : in(month.plusMonths(1), billDay);
    }

    /** Whether the bill day falls on {@code date} (day 31 falls on June 30). */
    public static boolean fallsOn(LocalDate date, int billDay) {
        return in(YearMonth.from(date), billDay).equals(date);
    }

    /** The bill day's date one month before {@code billDate}: where a month-long period starts. */
    public static LocalDate oneMonthBefore(LocalDate billDate, int billDay) {
        return in(YearMonth.from(billDate).minusMonths(1), billDay);
    }

    public static boolean isValid(int billDay) {
        return billDay >= FIRST && billDay <= LAST;
    }

    private static void requireValid(int billDay) {
        if (!isValid(billDay)) {
            throw new IllegalArgumentException("bill day must be 1-31, was " + billDay);
        }
    }
}
