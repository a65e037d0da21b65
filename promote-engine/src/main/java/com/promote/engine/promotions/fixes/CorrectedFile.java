package com.promote.engine.promotions.fixes;

import com.promote.engine.csv.FormulaGuard;
import com.promote.engine.rows.FileFormat;
import com.promote.engine.rows.RowSource;
import com.promote.engine.rows.SourceRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a promotion's file again with some cells replaced, in the format it came in: same
 * header, same rows in the same order (blank rows kept, so every row keeps its number), every
 * other cell as it was read. A CSV is written as UTF-8, comma-separated; a workbook as a one-sheet workbook
 * whose date cells stay date cells (read again as the same dates, with no day/month order to mistake) and
 * whose other cells are text, so nothing is reinterpreted.
 */
public final class CorrectedFile {
    private CorrectedFile() {
    }

    /** {@code edits}: row number to column position to the new cell. */
    public static void write(RowSource source, FileFormat format, Map<Integer, Map<Integer, String>> edits,
                             OutputStream out) throws IOException {
        List<String> header = source.header();
        if (format == FileFormat.CSV) {
            Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            csvLine(csv, header);
            SourceRow row;
            while ((row = source.next()) != null) {
                csvLine(csv, cells(row, edits.get(row.number())));
            }
            csv.flush();
            return;
        }
        Workbook workbook = new Workbook(out, "Promote", "1.0");
        Worksheet sheet = workbook.newWorksheet("Sheet1");
        for (int c = 0; c < header.size(); c++) {
            text(sheet, 0, c, header.get(c));
        }
        SourceRow row;
        int r = 0;
        while ((row = source.next()) != null) {
            r++;
            Map<Integer, String> rowEdits = edits.getOrDefault(row.number(), Map.of());
            List<String> cells = cells(row, rowEdits);
            for (int c = 0; c < cells.size(); c++) {
                LocalDate date = row.dates().get(c);
                if (date != null && !rowEdits.containsKey(c)) {
                    sheet.value(r, c, date);
                    sheet.style(r, c).format("yyyy-mm-dd").set();
                } else {
                    text(sheet, r, c, cells.get(c));
                }
            }
            if (r % 1_000 == 0) {
                sheet.flush();
            }
        }
        workbook.finish();
    }

    /**
     * One CSV line, quoting only the cells that need it, so a line nobody corrected reads as it
     * did and a diff of the two files shows only the corrected cells. A bare formula gets the
     * export's {@code '} guard, which reading takes off again.
     */
    private static void csvLine(Writer csv, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            String cell = FormulaGuard.neutraliseRawCell(cells.get(i) == null ? "" : cells.get(i));
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                    || cell.indexOf(';') >= 0 || cell.indexOf('\t') >= 0) {
                csv.write('"' + cell.replace("\"", "\"\"") + '"');
            } else {
                csv.write(cell);
            }
        }
        csv.write("\r\n");
    }

    private static void text(Worksheet sheet, int r, int c, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.inlineString(r, c, value);
            sheet.style(r, c).format("@").set();
        }
    }

    /** The row's cells as read, with the edits put in (the row grows when an edit lies past its end). */
    private static List<String> cells(SourceRow row, Map<Integer, String> edits) {
        List<String> cells = new ArrayList<>(row.cells());
        if (edits == null) {
            return cells;
        }
        for (Map.Entry<Integer, String> edit : edits.entrySet()) {
            while (cells.size() <= edit.getKey()) {
                cells.add("");
            }
            cells.set(edit.getKey(), edit.getValue());
        }
        return cells;
    }

    /** A cell as a row reads it: trimmed, with an export's formula guard taken off. */
    public static String asRead(String raw) {
        return FormulaGuard.restore(raw == null ? "" : raw.trim());
    }
}
