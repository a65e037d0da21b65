package com.promote.billing.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"300.00, 30000", "300, 30000", "300.5, 30050", "0.01, 1", "0, 0", " 12.30 , 1230", "1.500, 150"})
    void pricesAreReadToExactCents(String text, long cents) {
        assertThat(Money.parseCents(text).value()).isEqualTo(cents);
    }

    @Test
    void jsonNumbersAreReadToo() {
        assertThat(Money.parseCents(300).value()).isEqualTo(30000);
        assertThat(Money.parseCents(19.99).value()).isEqualTo(1999);
        assertThat(Money.parseCents(new BigDecimal("7.10")).value()).isEqualTo(710);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-1", "1.005", "10000000000", "1,50", "NaN"})
    void badPricesAreRefusedNotRounded(String text) {
        assertThat(Money.parseCents(text).code()).isEqualTo("bad_price");
    }

    @Test
    void missingOrWrongTypedPriceIsRefused() {
        assertThat(Money.parseCents(null).isOk()).isFalse();
        assertThat(Money.parseCents(true).isOk()).isFalse();
    }

    @Test
    void currenciesAreIsoCodes() {
        assertThat(Money.parseCurrency("USD").value()).isEqualTo("USD");
        assertThat(Money.parseCurrency(" eur ").value()).isEqualTo("EUR");
        assertThat(Money.parseCurrency("XYZ").code()).isEqualTo("bad_currency");
        assertThat(Money.parseCurrency("US").code()).isEqualTo("bad_currency");
        assertThat(Money.parseCurrency(null).code()).isEqualTo("bad_currency");
        assertThat(Money.parseCurrency(840).code()).isEqualTo("bad_currency");
    }

    @ParameterizedTest
    @CsvSource({"11000, 110.00", "1, 0.01", "0, 0.00", "8333, 83.33", "123456789, 1234567.89"})
    void centsAreShownWithTwoPlaces(long cents, String text) {
        assertThat(Money.format(cents)).isEqualTo(text);
    }
}
