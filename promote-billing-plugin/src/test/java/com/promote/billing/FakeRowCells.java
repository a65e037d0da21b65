package com.promote.billing;

import com.promote.api.RowCells;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A row as the core would hand it over: trimmed cells, blank ones empty. */
public final class FakeRowCells implements RowCells {
    private final int rowNumber;
    private final Map<String, String> cells = new LinkedHashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();

    public FakeRowCells(int rowNumber) {
        this.rowNumber = rowNumber;
    }

    public FakeRowCells with(String column, String cell) {
        cells.put(column, cell);
        return this;
    }

    /** A workbook's date cell: the core hands the date, and the text YYYY-MM-DD. */
    public FakeRowCells withDateCell(String column, LocalDate date) {
        cells.put(column, date.toString());
        dates.put(column, date);
        return this;
    }

    @Override
    public Optional<LocalDate> date(String column) {
        return Optional.ofNullable(dates.get(column));
    }

    @Override
    public int rowNumber() {
        return rowNumber;
    }

    @Override
    public boolean hasColumn(String column) {
        return cells.containsKey(column);
    }

    @Override
    public Optional<String> get(String column) {
        return Optional.ofNullable(cells.get(column)).map(String::trim).filter(cell -> !cell.isEmpty());
    }

    @Override
    public String headerAsWritten(String column) {
        return column.toLowerCase().replace(' ', '_');
    }

    @Override
    public Map<String, String> unclaimed() {
        return Map.of();
    }
}
