package com.promote.engine.promotions.fixes;

import java.util.List;

/**
 * What an admin asks to change in a preview: accept every suggestion, set cells, match rows to
 * people. Each part may be left out (null).
 */
public record Corrections(Boolean acceptSuggestions, List<Cell> cells, List<Match> matches) {
    public Corrections {
        cells = cells == null ? List.of() : List.copyOf(cells);
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    public boolean accept() {
        return Boolean.TRUE.equals(acceptSuggestions);
    }

    /** A cell's new value: {@code column} is the header as written in the file. */
    public record Cell(Integer row, String column, String value) {
    }

    /** The lead or contact a row means, whatever its email says. */
    public record Match(Integer row, Long personId) {
    }
}
