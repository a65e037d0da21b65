package com.promote.billing.proration;

import static java.time.temporal.ChronoUnit.DAYS;

import com.promote.billing.schedule.BillDays;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a member is billed for before the first recurring bill, when billing starts on a
 * date that is not a bill day.
 *
 * @param start        the Billing Start Date (also the invoice's issue date)
 * @param firstBill    the first occurrence of the bill day strictly after {@code start}
 * @param monthStart   the bill day's date one month before {@code firstBill}: the month-long
 *                     period that ends the day before {@code firstBill} starts there
 */
public record ProratedPeriod(LocalDate start, LocalDate firstBill, LocalDate monthStart) {

    /** Empty when billing starts on a bill day: that day is a full month's first bill. */
    public static Optional<ProratedPeriod> of(LocalDate start, int billDay) {
        if (BillDays.fallsOn(start, billDay)) {
            return Optional.empty();
        }
        LocalDate firstBill = BillDays.nextStrictlyAfter(start, billDay);
        return Optional.of(new ProratedPeriod(start, firstBill, BillDays.oneMonthBefore(firstBill, billDay)));
    }

    /** The last day covered (invoice periods are inclusive on both ends). */
    public LocalDate end() {
        return firstBill.minusDays(1);
    }

    public long daysCovered() {
        return DAYS.between(start, firstBill);
    }

    /** Days of the month-long period the monthly price pays for (28 to 31). */
    public long daysInMonth() {
        return DAYS.between(monthStart, firstBill);
    }
}
