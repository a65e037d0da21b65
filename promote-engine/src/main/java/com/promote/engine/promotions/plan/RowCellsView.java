package com.promote.engine.promotions.plan;

import com.promote.api.RowCells;
import com.promote.api.RowExtension;
import com.promote.engine.columns.Column;
import com.promote.engine.columns.ColumnMap;
import com.promote.engine.columns.ColumnName;
import com.promote.engine.columns.CoreColumn;
import com.promote.engine.csv.FormulaGuard;
import com.promote.engine.rows.SourceRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One row's cells, trimmed and with the export's formula guard taken off, read by column. */
public final class RowCellsView implements RowCells {
    private final int rowNumber;
    private final ColumnMap columns;
    private final List<String> cells;
    private final Map<Integer, LocalDate> dates;
    private final List<String> unreadable;

    public RowCellsView(SourceRow row, ColumnMap columns) {
        this.rowNumber = row.number();
        this.columns = columns;
        this.cells = new ArrayList<>(row.cells().size());
        for (String cell : row.cells()) {
            cells.add(FormulaGuard.restore(cell.trim()));
        }
        this.dates = row.dates();
        this.unreadable = row.unreadable();
    }

    @Override
    public int rowNumber() {
        return rowNumber;
    }

    @Override
    public boolean hasColumn(String column) {
        return columns.has(column);
    }

    @Override
    public Optional<String> get(String column) {
        return columns.byName(column).flatMap(this::cell);
    }

    @Override
    public Optional<LocalDate> date(String column) {
        return columns.byName(column).map(c -> dates.get(c.index()));
    }

    /** Cells the file could not give a value for (a workbook's error cells), described. */
    public List<String> unreadable() {
        return unreadable;
    }

    public Optional<String> core(CoreColumn core) {
        return columns.core(core).flatMap(this::cell);
    }

    public Optional<String> coreHeader(CoreColumn core) {
        return columns.core(core).map(Column::header);
    }

    public boolean isAllEmpty() {
        return cells.stream().allMatch(String::isEmpty);
    }

    public boolean hasCore(CoreColumn core) {
        return columns.core(core).isPresent();
    }

    @Override
    public String headerAsWritten(String column) {
        return columns.byName(column).map(Column::header).orElse(column);
    }

    @Override
    public Map<String, String> unclaimed() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Column c : columns.columns()) {
            RowExtension<?> owner = c.owner();
            if (owner != null && owner.takesUnclaimedColumns() && !isOwnedByName(owner, c)) {
                out.put(c.header(), c.index() < cells.size() ? cells.get(c.index()) : "");
            }
        }
        return out;
    }

    /** Every column's cell by its header as written, in file order ("" where the row is short). */
    public Map<String, String> byHeader() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Column c : columns.columns()) {
            out.putIfAbsent(c.header(), c.index() < cells.size() ? cells.get(c.index()) : "");
        }
        return out;
    }

    /** Cells past the header's last column that hold something: the row's values probably shifted. */
    public List<String> overflow() {
        List<String> extra = new ArrayList<>();
        for (int i = columns.columns().size(); i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                extra.add("column " + (i + 1) + " '" + cells.get(i) + "'");
            }
        }
        return extra;
    }

    private static boolean isOwnedByName(RowExtension<?> owner, Column c) {
        return owner.ownedColumns().stream().anyMatch(o -> ColumnName.normalise(o).equals(c.normalised()));
    }

    private Optional<String> cell(Column column) {
        if (column.index() >= cells.size()) {
            return Optional.empty();
        }
        String value = cells.get(column.index());
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
