package com.promote.engine.rows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One data row as read from an upload, whatever its format: its 1-based number (header not
 * counted) and its cells as text, not yet trimmed. A workbook adds what text cannot say: which
 * cells were dates, and cells that could not be read at all (a spreadsheet error like
 * {@code #N/A}), each described for a person; a CSV row has neither.
 */
public record SourceRow(int number, List<String> cells, Map<Integer, LocalDate> dates, List<String> unreadable) {
    public SourceRow {
        cells = List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList());
        dates = Map.copyOf(dates);
        unreadable = List.copyOf(unreadable);
    }

    public static SourceRow ofText(int number, List<String> cells) {
        return new SourceRow(number, cells, Map.of(), List.of());
    }

    public boolean isBlank() {
        return unreadable.isEmpty() && cells.stream().allMatch(String::isBlank);
    }
}
