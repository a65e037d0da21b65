package com.promote.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export then import gives back exactly what was stored, whatever it starts with. */
class FormulaGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+1 555 0100", "-7", "@home", "'-7", "'=x", "''+1", "'", "'abc", "plain", "="})
    void aStoredValueRoundTrips(String stored) {
        assertThat(FormulaGuard.restore(FormulaGuard.neutralise(stored))).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+1 555 0100", "-7", "@home", "'-7"})
    void nothingRiskyLeavesUnguarded(String stored) {
        assertThat(FormulaGuard.neutralise(stored)).startsWith("'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'=SUM(1)", "''=x", "=SUM(1)", "+1", "plain", "'-7"})
    void aRawCellEchoedBackReadsAsItDidTheFirstTime(String raw) {
        assertThat(FormulaGuard.restore(FormulaGuard.neutraliseRawCell(raw))).isEqualTo(FormulaGuard.restore(raw));
        assertThat(FormulaGuard.neutraliseRawCell(raw)).startsWith(raw.equals("plain") ? "p" : "'");
    }
}
