package com.promote.engine.workbooks;

import java.util.Set;

/**
 * Whether a cell's number format shows a date. A workbook stores a date as a plain number of
 * days; only the format says it is one: the built-in date formats, or a format code with day,
 * month or year parts (text in quotes, colours and escapes left aside; {@code m} next to hours
 * or seconds is minutes, so a time alone is not a date).
 */
final class DateFormats {
    private static final Set<Integer> BUILT_IN_DATES = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36,
            50, 51, 52, 53, 54, 57, 58);

    private DateFormats() {
    }

    static boolean isDate(Integer formatId, String formatCode) {
        if (formatId != null && BUILT_IN_DATES.contains(formatId)) {
            return true;
        }
        if (formatCode == null || formatCode.isBlank()) {
            return false;
        }
        String code = formatCode.split(";", -1)[0]
                .replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\\\.", "")
                .replaceAll("\\[[^\\]]*\\]", "")
                .toLowerCase(java.util.Locale.ROOT);
        if (code.contains("y") || code.contains("d")) {
            return true;
        }
        return code.contains("m") && !code.contains("h") && !code.contains("s");
    }
}
