package com.promote.billing.proration;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.billing.plans.Plan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Days and cents counted by hand for each row (the comment shows the count), never by the
 * code under test.
 */
class ProrationTest {

    @ParameterizedTest(name = "{1} cents/month, day {0}, start {2}: {4}..{5} = {8} cents")
    @CsvSource({
            // day, monthly, start,   first bill,  period start, period end, covered, month, cents
            // SPEC: Jun 20..30 = 11 of Jun 1..30 = 30; 300 × 11/30 = 110.00
            " 1, 30000, 2026-06-20, 2026-07-01, 2026-06-20, 2026-06-30, 11, 30, 11000",
            // Jun 20..Jul 14 = 11+14 = 25 of Jun 15..Jul 14 = 16+14 = 30; 100 × 25/30 = 83.333
            "15, 10000, 2026-06-20, 2026-07-15, 2026-06-20, 2026-07-14, 25, 30,  8333",
            // day 31 in June is Jun 30: Jun 15..29 = 15 of May 31..Jun 29 = 1+29 = 30; 310 × 15/30
            "31, 31000, 2026-06-15, 2026-06-30, 2026-06-15, 2026-06-29, 15, 30, 15500",
            // Jul 1..30 = 30 of Jun 30..Jul 30 = 1+30 = 31; 310 × 30/31 = 300.00
            "31, 31000, 2026-07-01, 2026-07-31, 2026-07-01, 2026-07-30, 30, 31, 30000",
            // leap: Feb 10..28 2028 = 19 of Jan 29..Feb 28 = 3+28 = 31; 100 × 19/31 = 61.290
            "29, 10000, 2028-02-10, 2028-02-29, 2028-02-10, 2028-02-28, 19, 31,  6129",
            // not leap: day 29 is Feb 28 2027: Feb 10..27 = 18 of Jan 29..Feb 27 = 3+27 = 30; 100 × 18/30
            "29, 10000, 2027-02-10, 2027-02-28, 2027-02-10, 2027-02-27, 18, 30,  6000",
            // Mar 1..29 = 29 of Feb 28..Mar 29 = 1+29 = 30; 99.99 × 29/30 = 96.657
            "30,  9999, 2027-03-01, 2027-03-30, 2027-03-01, 2027-03-29, 29, 30,  9666",
            // Feb 29..Mar 27 2028 = 1+27 = 28 of Feb 28..Mar 27 = 2+27 = 29; 290 × 28/29 = 280.00
            "28, 29000, 2028-02-29, 2028-03-28, 2028-02-29, 2028-03-27, 28, 29, 28000",
            // year end: Dec 20..Jan 4 = 12+4 = 16 of Dec 5..Jan 4 = 27+4 = 31; 310 × 16/31 = 160.00
            " 5, 31000, 2026-12-20, 2027-01-05, 2026-12-20, 2027-01-04, 16, 31, 16000",
            // short month: Feb 15..28 2026 = 14 of Feb 1..28 = 28; 280 × 14/28
            " 1, 28000, 2026-02-15, 2026-03-01, 2026-02-15, 2026-02-28, 14, 28, 14000",
            // half-even: 123.45 × 15/30 = 61.725 -> 61.72 (half-up would say 61.73)
            " 1, 12345, 2026-06-16, 2026-07-01, 2026-06-16, 2026-06-30, 15, 30,  6172",
            // half-even: 123.55 × 15/30 = 61.775 -> 61.78
            " 1, 12355, 2026-06-16, 2026-07-01, 2026-06-16, 2026-06-30, 15, 30,  6178",
            // one day: Jun 30 of 30; 300 × 1/30 = 10.00
            " 1, 30000, 2026-06-30, 2026-07-01, 2026-06-30, 2026-06-30,  1, 30,  1000",
    })
    void proratesToTheCent(int day, long monthly, LocalDate start, LocalDate firstBill, LocalDate periodStart,
                           LocalDate periodEnd, long covered, long month, long cents) {
        ProratedPeriod period = ProratedPeriod.of(start, day).orElseThrow();
        assertThat(period.firstBill()).isEqualTo(firstBill);
        assertThat(period.start()).isEqualTo(periodStart);
        assertThat(period.end()).isEqualTo(periodEnd);
        assertThat(period.daysCovered()).isEqualTo(covered);
        assertThat(period.daysInMonth()).isEqualTo(month);
        assertThat(Proration.cents(monthly, period)).isEqualTo(cents);
    }

    @ParameterizedTest(name = "day {0}, start {1} is a bill day: no prorated invoice")
    @CsvSource({
            " 1, 2026-07-01",
            "15, 2026-06-15",
            "31, 2026-06-30",   // day 31 falls on June 30
            "31, 2026-07-31",
            "30, 2027-02-28",   // day 30 falls on Feb 28 2027
            "29, 2028-02-29",
            "31, 2028-02-29",
    })
    void startOnTheBillDayGivesNoProratedInvoice(int day, LocalDate start) {
        assertThat(ProratedPeriod.of(start, day)).isEqualTo(Optional.empty());
    }

    @Test
    void eachLineIsRoundedOnItsOwnAndTheInvoiceIsTheirSum() {
        // Jun 21..30 = 10 of 30 days: 10.00 × 10/30 = 3.333 -> 3.33 each; 6.66, not round(6.666) = 6.67
        Plan desk = new Plan(1, 7, "Desk", 1000, "USD");
        Plan locker = new Plan(2, 7, "Locker", 1000, "USD");
        ProratedInvoice invoice = ProratedInvoice.of(ProratedPeriod.of(LocalDate.of(2026, 6, 21), 1).orElseThrow(),
                "USD", List.of(desk, locker));
        assertThat(invoice.lines()).extracting(ProratedInvoice.Line::amountCents).containsExactly(333L, 333L);
        assertThat(invoice.amountCents()).isEqualTo(666);
        assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 6, 21));
    }

    @Test
    void aFreePlanCostsNothing() {
        ProratedPeriod period = ProratedPeriod.of(LocalDate.of(2026, 6, 20), 1).orElseThrow();
        assertThat(Proration.cents(0, period)).isZero();
    }
}
