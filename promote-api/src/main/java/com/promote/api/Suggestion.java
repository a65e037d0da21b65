package com.promote.api;

import static java.util.Objects.requireNonNull;

/**
 * A change to a failing cell that the extension is sure fixes it: offered to the admin with an
 * Apply button, never applied unasked. Make one only when exactly one candidate fits
 * ({@link NearNames}, {@link WrittenDate} find those); never a guess between two.
 *
 * @param value   what the whole cell would become (a list cell keeps its other names)
 * @param message for a person: {@code "Did you mean Group Blue?"}
 */
public record Suggestion(String value, String message) {
    public Suggestion {
        requireNonNull(value, "value is null");
        requireNonNull(message, "message is null");
    }
}
