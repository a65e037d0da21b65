package com.promote.billing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What billing suggests for a bill day or a start date written another way, and when it keeps quiet. */
class SuggestedCellsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    @ParameterizedTest
    @CsvSource({"5th, 5", "5.0, 5", "1st, 1", "22nd, 22", "3rd, 3", "31.00, 31", "05th, 5"})
    void aBillDayWrittenAnotherWayIsOfferedAsItsNumber(String cell, String day) {
        assertThat(MonthlyBillDate.meant(cell)).contains(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "0", "32nd", "5.5", "fifth", "+5", "-1", "1e1"})
    void aBillDayAlreadyRightOrNoDayAtAllGetsNothing(String cell) {
        assertThat(MonthlyBillDate.meant(cell)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-20", "20/06/2026", "June 20, 2026", "20 Jun 2026", "6-20-2026", "20.06.2026"})
    void aStartDateWrittenAnotherWayIsOfferedMonthFirst(String cell) {
        assertThat(BillingStartDate.meant(cell, TODAY)).contains("06/20/2026");
        assertThat(BillingStartDate.parse("06/20/2026", TODAY).isOk()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"05.06.2026", "05-06-2026", "2026-05-15", "2026-05-01", "15/05/2026", "06/20/2026",
        "soon"})
    void anAmbiguousPastOrAlreadyRightStartDateGetsNothing(String cell) {
        assertThat(BillingStartDate.meant(cell, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"06/20/2026, 'June 20, 2026'", "12/01/2026, 'December 1, 2026'"})
    void theSuggestionNamesTheDateInWords(String monthFirst, String words) {
        assertThat(BillingStartDate.spelledOut(monthFirst)).isEqualTo(words);
    }
}
