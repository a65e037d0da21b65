package com.promote.billing;

import com.promote.api.RowCells;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A row as the core would hand it over: trimmed cells, blank ones empty. */
public final class FakeRowCells implements RowCells {
    private final int rowNumber;
    private final Map<String, String> cells = new LinkedHashMap<>();

    public FakeRowCells(int rowNumber) {
        this.rowNumber = rowNumber;
    }

    public FakeRowCells with(String column, String cell) {
        cells.put(column, cell);
        return this;
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
