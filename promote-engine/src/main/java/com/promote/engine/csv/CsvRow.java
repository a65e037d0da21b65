package com.promote.engine.csv;

import java.util.List;

/** One data record: its 1-based number and its cells as read (not yet trimmed). */
public record CsvRow(int number, List<String> cells) {
    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
