package com.promote.engine.workbooks;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A workbook's date number as a date: days since 1899-12-30 (Excel counts a 29 February 1900
 * that never was, so serials before March 1900 are one off; no one is billed then), or since
 * 1904-01-01 in the 1904 date system older Mac spreadsheets use. The time of day is dropped.
 */
final class SerialDates {
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final long MAX_SERIAL = 2_958_465; // 9999-12-31

    private SerialDates() {
    }

    static LocalDate toDate(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(MAX_SERIAL)) > 0) {
            return null;
        }
        long days = serial.longValue();
        return (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(days);
    }
}
