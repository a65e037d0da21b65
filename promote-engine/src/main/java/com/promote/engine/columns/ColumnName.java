package com.promote.engine.columns;

import java.util.Locale;

/**
 * Headers match ignoring case, surrounding spaces, runs of spaces and the difference between
 * space, {@code _} and {@code -}: "Follow-up Date" and "follow_up_date" are one column.
 */
public final class ColumnName {
    private ColumnName() {
    }

    public static String normalise(String header) {
        return header.replace('_', ' ').replace('-', ' ').trim()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
