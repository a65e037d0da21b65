package com.promote.billing.schedule;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The first recurring bill date of a new membership, by where its bill day came from
 * (SPEC "Billing"). Kept apart from the start-date rule, which moves it further.
 */
public final class FirstBillDate {
    private FirstBillDate() {
    }

    /**
     * The row's own Monthly Bill Date, or the bill day of a team that already existed:
     * the member is billed on the next such day, so never twice in the same month's cycle
     * and never on the upload day itself.
     */
    public static LocalDate nextAfterToday(LocalDate today, int billDay) {
        return BillDays.nextStrictlyAfter(today, billDay);
    }

    /**
     * A new team on the community's default day: always that day of next month, so a team
     * created on the 5th with default day 20 is not billed a few weeks early on the 20th.
     */
    public static LocalDate nextMonth(LocalDate today, int billDay) {
        return BillDays.in(YearMonth.from(today).plusMonths(1), billDay);
    }
}
