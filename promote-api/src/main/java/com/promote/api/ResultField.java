package com.promote.api;

import static java.util.Objects.requireNonNull;

/**
 * One field of a row's result and how the page shows it. Templates name the fields of an
 * object in braces: {@code "{plan}, first bill {firstBillDate}"}; a missing field shows empty.
 *
 * @param key      the field of the row's result
 * @param shown    how its value is shown
 * @param template for {@link Shown#LINES} and {@link Shown#LINE}: the text of one line
 * @param muted    shown in the page's quieter colour (a detail, not the main fact)
 */
public record ResultField(String key, Shown shown, String template, boolean muted) {
    /** The simple shapes a value of a row's result may have. */
    public enum Shown {
        /** A string or number, as it is. */
        TEXT,
        /** A list of strings, comma-separated. */
        LIST,
        /** An object of names to strings, each shown as "name: value". */
        PAIRS,
        /** A list of objects, a line each from the template. */
        LINES,
        /** One object, a line from the template; nothing when absent or null. */
        LINE
    }

    public ResultField {
        requireNonNull(key, "key is null");
        requireNonNull(shown, "shown is null");
        if ((shown == Shown.LINES || shown == Shown.LINE) && template == null) {
            throw new IllegalArgumentException("field '" + key + "' is shown as " + shown + " and needs a template");
        }
    }

    public static ResultField text(String key) {
        return new ResultField(key, Shown.TEXT, null, false);
    }

    public static ResultField list(String key) {
        return new ResultField(key, Shown.LIST, null, false);
    }

    public static ResultField pairs(String key) {
        return new ResultField(key, Shown.PAIRS, null, false);
    }

    public static ResultField lines(String key, String template) {
        return new ResultField(key, Shown.LINES, template, false);
    }

    public static ResultField line(String key, String template) {
        return new ResultField(key, Shown.LINE, template, false);
    }

    public ResultField asDetail() {
        return new ResultField(key, shown, template, true);
    }
}
