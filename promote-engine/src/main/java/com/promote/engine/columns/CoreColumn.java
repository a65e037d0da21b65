package com.promote.engine.columns;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns the core owns: the report's own columns and the display names admins type. */
public enum CoreColumn {
    EMAIL(true, "email", "email address"),
    FIRST_NAME(true, "first name"),
    LAST_NAME(true, "last name"),
    PHONE(true, "phone"),
    COMPANY_NAME(true, "company name", "team name", "company"),
    SOURCE(true, "source"),
    NOTES(true, "notes"),
    // Known report columns that are never copied to the member.
    FOLLOW_UP_DATE(false, "follow up date"),
    TOUR_DATE(false, "tour date"),
    PROMOTED_DATE(false, "promoted date"),
    TYPE(false, "type"),
    ID(false, "id"),
    CREATED_AT(false, "created at");

    private static final Map<String, CoreColumn> BY_NAME = Arrays.stream(values())
            .flatMap(c -> c.names.stream().map(n -> Map.entry(n, c)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    private final boolean read;
    private final List<String> names;

    CoreColumn(boolean read, String... normalisedNames) {
        this.read = read;
        this.names = List.of(normalisedNames);
    }

    /** True when the core reads the cell; false for report columns it ignores. */
    public boolean isRead() {
        return read;
    }

    public static Optional<CoreColumn> byHeader(String header) {
        return Optional.ofNullable(BY_NAME.get(ColumnName.normalise(header)));
    }

    public static boolean isCoreName(String normalised) {
        return BY_NAME.containsKey(normalised);
    }


}
