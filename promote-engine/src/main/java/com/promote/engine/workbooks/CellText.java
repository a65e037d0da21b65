package com.promote.engine.workbooks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Set;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * One workbook cell read as a person sees it: text as typed; a whole number as its digits
 * ({@code 5}, {@code 2095257564}, never {@code 5.0} or {@code 2.09E9}), other numbers to the 15
 * significant digits a spreadsheet keeps; a date cell as that date ({@code YYYY-MM-DD} as text);
 * {@code TRUE}/{@code FALSE}; a formula as its last calculated value, never evaluated; an error
 * ({@code #N/A}) as an error that fails its row.
 */
record CellText(String text, LocalDate date, String error) {
    private static final MathContext SPREADSHEET_PRECISION = new MathContext(15);
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");
    static final CellText EMPTY = new CellText("", null, null);

    static CellText of(Cell cell, boolean date1904) {
        if (cell == null) {
            return EMPTY;
        }
        CellType type = cell.getType();
        Object value = cell.getValue();
        if (type == CellType.ERROR) {
            return error(cell.getRawValue());
        }
        if (type == CellType.FORMULA && value instanceof String s && ERRORS.contains(s.trim())
                && s.equals(cell.getRawValue())) {
            // A formula's cached error comes as text; a formula that returns such text on purpose
            // is not worth telling apart from it.
            return error(s.trim());
        }
        if (value instanceof Boolean b) {
            return new CellText(b ? "TRUE" : "FALSE", null, null);
        }
        if (value instanceof BigDecimal number) {
            if (DateFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString())) {
                LocalDate date = SerialDates.toDate(number, date1904);
                if (date != null) {
                    return new CellText(date.toString(), date, null);
                }
            }
            if (isBooleanFormat(cell.getDataFormatString()) && (number.signum() == 0 || number.compareTo(BigDecimal.ONE) == 0)) {
                return new CellText(number.signum() == 0 ? "FALSE" : "TRUE", null, null);
            }
            return new CellText(plain(number), null, null);
        }
        if (type == CellType.EMPTY || value == null) {
            return EMPTY;
        }
        return new CellText(value.toString(), null, null);
    }

    /** LibreOffice keeps a TRUE/FALSE cell as 1/0 with a format that shows the words. */
    private static boolean isBooleanFormat(String code) {
        return code != null && code.toUpperCase(java.util.Locale.ROOT).contains("\"TRUE\"")
                && code.toUpperCase(java.util.Locale.ROOT).contains("\"FALSE\"");
    }

    static String plain(BigDecimal number) {
        BigDecimal rounded = number.round(SPREADSHEET_PRECISION).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }

    private static CellText error(String code) {
        String shown = code == null || code.isBlank() ? "#VALUE!" : code.trim();
        return new CellText(shown, null, shown);
    }
}
