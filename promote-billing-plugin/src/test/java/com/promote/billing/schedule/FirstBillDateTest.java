package com.promote.billing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected dates worked out by hand on a calendar, never by the code under test. */
class FirstBillDateTest {

    @ParameterizedTest(name = "uploaded {0}, bill day {1}: first bill {2}")
    @CsvSource({
            // the SPEC's own examples
            "2026-05-15,  5, 2026-06-05",
            "2026-05-15, 20, 2026-05-20",
            "2026-05-05,  5, 2026-06-05",   // uploaded on the bill day: strictly after
            // month ends: a day past the month's end falls on its last day
            "2026-05-31, 31, 2026-06-30",
            "2026-06-29, 31, 2026-06-30",
            "2026-06-30, 31, 2026-07-31",   // June 30 is day 31's date in June: already today
            "2027-01-31, 30, 2027-02-28",
            "2027-02-28, 30, 2027-03-30",
            "2027-02-27, 29, 2027-02-28",   // 2027 is not a leap year
            "2026-01-31, 28, 2026-02-28",
            "2026-02-28, 28, 2026-03-28",
            "2026-05-15, 28, 2026-05-28",
            // leap year 2028
            "2028-02-28, 29, 2028-02-29",
            "2028-02-29, 29, 2028-03-29",
            "2028-02-28, 31, 2028-02-29",
            "2028-02-29, 31, 2028-03-31",
            "2028-02-29, 30, 2028-03-30",
            // year end
            "2026-12-15, 10, 2027-01-10",
            "2026-12-31, 31, 2027-01-31",
            "2026-12-31,  1, 2027-01-01",
    })
    void ownDayOrExistingTeamBillsOnTheNextOccurrenceStrictlyAfterToday(LocalDate today, int day, LocalDate expected) {
        assertThat(FirstBillDate.nextAfterToday(today, day)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "new team, uploaded {0}, default day {1}: first bill {2}")
    @CsvSource({
            "2026-05-15,  1, 2026-06-01",   // SPEC
            "2026-05-15, 20, 2026-06-20",   // SPEC
            "2026-05-05, 20, 2026-06-20",   // not May 20, though it is still ahead
            "2026-05-01,  1, 2026-06-01",
            "2026-01-31, 31, 2026-02-28",
            "2028-01-15, 30, 2028-02-29",
            "2028-01-15, 31, 2028-02-29",
            "2027-01-15, 29, 2027-02-28",
            "2026-12-01, 31, 2027-01-31",
            "2026-04-30, 31, 2026-05-31",
            "2026-05-31, 31, 2026-06-30",
    })
    void newTeamBillsOnThatDayOfNextMonth(LocalDate today, int day, LocalDate expected) {
        assertThat(FirstBillDate.nextMonth(today, day)).isEqualTo(expected);
    }
}
