package com.promote.billing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.billing.Parsed;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellReadersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    @ParameterizedTest
    @CsvSource({"1, 1", "31, 31", "05, 5", "15, 15"})
    void monthlyBillDateIsAWholeNumberFrom1To31(String cell, int day) {
        assertThat(MonthlyBillDate.parse(cell).value()).isEqualTo(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "32", "-1", "+5", "5.0", "5.5", "1e1", "fifth", "5th", "99999999999"})
    void anythingElseIsABadMonthlyBillDate(String cell) {
        Parsed<Integer> parsed = MonthlyBillDate.parse(cell);
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.code()).isEqualTo("bad_monthly_bill_date");
        assertThat(parsed.message()).contains(cell).contains("1 to 31");
    }

    @ParameterizedTest
    @CsvSource({
            "06/20/2026, 2026-06-20",
            "6/5/2026,   2026-06-05",
            "06/5/2026,  2026-06-05",
            "5/16/2026,  2026-05-16",   // the day after today
            "02/29/2028, 2028-02-29",
            "12/31/2026, 2026-12-31",
    })
    void billingStartDateIsMonthFirst(String cell, LocalDate expected) {
        assertThat(BillingStartDate.parse(cell, TODAY).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-20", "20/06/2026", "06/31/2026", "02/29/2027", "6/20/26", "06-20-2026",
            "June 20 2026", "13/01/2026", "00/10/2026", "06/20/2026 10:00", "006/20/2026"})
    void otherFormsOrUnrealDatesShowTheExpectedForm(String cell) {
        Parsed<LocalDate> parsed = BillingStartDate.parse(cell, TODAY);
        assertThat(parsed.code()).isEqualTo("bad_billing_start_date");
        assertThat(parsed.message()).contains(cell).contains("MM/DD/YYYY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"05/15/2026", "5/14/2026", "01/01/2020"})
    void billingStartDateMustBeAfterToday(String cell) {
        Parsed<LocalDate> parsed = BillingStartDate.parse(cell, TODAY);
        assertThat(parsed.code()).isEqualTo("billing_start_date_not_after_today");
        assertThat(parsed.message()).contains("after today").contains("2026-05-15");
    }
}
