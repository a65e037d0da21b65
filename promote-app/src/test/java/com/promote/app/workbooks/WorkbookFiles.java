package com.promote.app.workbooks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reading downloaded workbooks and writing edited ones, as a spreadsheet program would. */
public final class WorkbookFiles {
    /** The workbooks LibreOffice wrote for the engine's tests (promote-engine/src/test/resources/workbooks). */
    static final Path FIXTURES = Path.of("..", "promote-engine", "src", "test", "resources", "workbooks")
            .toAbsolutePath().normalize();

    private WorkbookFiles() {
    }

    static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(FIXTURES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet's cells, typed as the workbook stores them. */
    static List<List<Cell>> cells(byte[] xlsx) {
        List<List<Cell>> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            for (Row row : wb.getFirstSheet().read()) {
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCell(i));
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public static List<List<String>> text(byte[] xlsx) {
        return cells(xlsx).stream().map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
    }

    /** A workbook of these rows: String cells as text, LocalDate cells as date cells. */
    static byte[] write(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Spreadsheet", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof LocalDate d) {
                        ws.value(r, c, d);
                        ws.style(r, c).format("mm/dd/yyyy").set();
                    } else if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v != null && !v.toString().isEmpty()) {
                        ws.value(r, c, v.toString());
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
