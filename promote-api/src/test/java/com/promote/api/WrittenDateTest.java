package com.promote.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WrittenDateTest {
    private static final LocalDate JUNE_20 = LocalDate.of(2026, 6, 20);

    @Test
    void everyCommonWayOfWritingOneDateReadsAsIt() {
        for (String text : new String[] {"2026-06-20", "2026/6/20", "20/06/2026", "20.06.2026", "6-20-2026",
            "June 20, 2026", "june 20 2026", "Jun 20th, 2026", "20 Jun 2026", "20 June 2026", "06/20/2026"}) {
            assertThat(WrittenDate.read(text)).as(text).contains(JUNE_20);
        }
        assertThat(WrittenDate.monthFirst(JUNE_20)).isEqualTo("06/20/2026");
    }

    @Test
    void aTextThatCouldBeTwoDatesOrNoneNamesNothing() {
        assertThat(WrittenDate.read("05.06.2026")).isEmpty();
        assertThat(WrittenDate.read("05-06-2026")).isEmpty();
        assertThat(WrittenDate.read("2026-02-30")).isEmpty();
        assertThat(WrittenDate.read("32/13/2026")).isEmpty();
        assertThat(WrittenDate.read("Juno 20, 2026")).isEmpty();
        assertThat(WrittenDate.read("next week")).isEmpty();
        assertThat(WrittenDate.read("06/20/26")).isEmpty();
    }

    /** Every day of two years, in every form: read back as that day, unless day and month could swap. */
    @Test
    void everyDayReadsBackInEveryFormUnlessItCouldBeTwoDates() {
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() < 2028; d = d.plusDays(1)) {
            int day = d.getDayOfMonth();
            int month = d.getMonthValue();
            String month3 = d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
            String monthFull = d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            for (String text : new String[] {d.toString(), d.getYear() + "/" + month + "/" + day,
                month3 + " " + day + ", " + d.getYear(), day + " " + monthFull + " " + d.getYear()}) {
                assertThat(WrittenDate.read(text)).as(text).contains(d);
            }
            String dayFirst = String.format("%02d.%02d.%d", day, month, d.getYear());
            boolean oneDate = day > 12 || day == month;
            assertThat(WrittenDate.read(dayFirst)).as(dayFirst).isEqualTo(oneDate
                    ? java.util.Optional.of(d) : java.util.Optional.empty());
            // Month first is the reports' own form; read only where it cannot be taken day first.
            assertThat(WrittenDate.read(WrittenDate.monthFirst(d))).as(WrittenDate.monthFirst(d)).isEqualTo(oneDate
                    ? java.util.Optional.of(d) : java.util.Optional.empty());
        }
    }

    @Test
    void theSameNumberTwiceIsOneDate() {
        assertThat(WrittenDate.read("07.07.2026")).contains(LocalDate.of(2026, 7, 7));
    }
}
