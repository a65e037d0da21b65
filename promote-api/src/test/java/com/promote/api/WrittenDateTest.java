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

    @Test
    void theSameNumberTwiceIsOneDate() {
        assertThat(WrittenDate.read("07.07.2026")).contains(LocalDate.of(2026, 7, 7));
    }
}
