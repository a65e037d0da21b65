package com.promote.engine.members;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a field an extension adds to a member reads as one line of text (a download's cell, a
 * page's cell): a list joined by commas, name/value pairs by semicolons, nothing as empty.
 */
public final class AddedValue {
    private AddedValue() {
    }

    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> pairs) {
            return pairs.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
    }

    /** {@code fooBar} -> {@code foo_bar}: an added field's JSON name as a download's column header. */
    public static String header(String jsonName) {
        return jsonName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
