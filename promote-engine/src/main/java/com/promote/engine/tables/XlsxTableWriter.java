package com.promote.engine.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook, streamed (fastexcel writes each flushed row out; strings are inline, so no
 * table of them grows in memory). Every cell is a text cell in text-formatted columns, so
 * {@code 08123}, {@code +1 555 0100} and {@code =SUM(A1)} open, and are saved back, exactly as
 * they are, with no formula guard needed. The header is bold and frozen; column widths follow
 * the header and the first rows, which are held back until the widths are known.
 */
final class XlsxTableWriter implements TableWriter {
    private static final int ROWS_FOR_WIDTHS = 200;
    private static final int FLUSH_EVERY = 1_000;
    private static final double MIN_WIDTH = 8;
    private static final double MAX_WIDTH = 60;

    private final Workbook workbook;
    private final Worksheet sheet;
    private final int columns;
    private final List<List<String>> heldBack = new ArrayList<>();
    private boolean started;
    private int nextRow;

    XlsxTableWriter(OutputStream out, String sheetName, int columns) {
        this.workbook = new Workbook(out, "Promote", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
        this.columns = columns;
    }

    @Override
    public void row(List<String> cells) throws IOException {
        if (!started) {
            heldBack.add(cells);
            if (heldBack.size() > ROWS_FOR_WIDTHS) {
                start();
            }
            return;
        }
        write(cells);
    }

    private void start() throws IOException {
        started = true;
        int width = Math.max(columns, heldBack.stream().mapToInt(List::size).max().orElse(0));
        for (int c = 0; c < width; c++) {
            int col = c;
            int longest = heldBack.stream().mapToInt(r -> col < r.size() && r.get(col) != null
                    ? r.get(col).codePointCount(0, r.get(col).length()) : 0).max().orElse(0);
            sheet.width(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest + 2)));
            sheet.style(c).format("@").set();
        }
        sheet.freezePane(0, 1);
        for (List<String> cells : heldBack) {
            write(cells);
        }
        heldBack.clear();
    }

    private void write(List<String> cells) throws IOException {
        int r = nextRow++;
        for (int c = 0; c < cells.size(); c++) {
            String value = cells.get(c);
            if (value != null && !value.isEmpty()) {
                sheet.inlineString(r, c, value);
            }
            if (r == 0) {
                sheet.style(r, c).bold().format("@").set();
            } else if (value != null && !value.isEmpty()) {
                sheet.style(r, c).format("@").set();
            }
        }
        if (r % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (!started) {
            start();
        }
        workbook.finish();
    }
}
