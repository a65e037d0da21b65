package com.promote.engine.workbooks;

import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.rows.RowSource;
import com.promote.engine.rows.SourceRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * The rows of a workbook's first visible sheet, streamed (fastexcel-reader parses the sheet's
 * XML as it goes; only the shared strings table is held whole). The first row with a value is
 * the header. A data row's number is its distance below the header, so row 5 is the fifth sheet
 * row under the header, as the admin sees it in the spreadsheet: empty rows in between count
 * as blank rows, as they would in the sheet saved as CSV; empty rows after the last value do not.
 */
public final class SheetRows implements RowSource {
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

    private final String fileName;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final boolean date1904;
    private final List<String> header;
    private int headerSheetRow;
    private int emitted;
    private SourceRow waiting;

    private SheetRows(String fileName, ReadableWorkbook workbook, Stream<Row> stream) {
        this.fileName = fileName;
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
        this.date1904 = workbook.isDate1904();
        this.header = readHeader();
    }

    public static SheetRows open(Path file, String fileName) throws IOException {
        ReadableWorkbook workbook;
        try {
            workbook = new ReadableWorkbook(file.toFile(), OPTIONS);
        } catch (IOException | RuntimeException e) {
            throw unreadable(fileName, e);
        }
        try {
            Sheet sheet = workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst()
                    .orElseThrow(() -> new PromoteException(ErrorKind.FILE_REJECTED, fileName
                            + " has no visible sheet; show the sheet with the people and save it again"));
            return new SheetRows(fileName, workbook, sheet.openStream());
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e instanceof PromoteException p ? p : unreadable(fileName, e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SourceRow next() {
        if (waiting != null && waiting.number() > emitted + 1) {
            // Sheet rows with nothing in them between two rows that have values: blank rows.
            emitted++;
            return SourceRow.ofText(emitted, List.of());
        }
        if (waiting != null) {
            SourceRow row = waiting;
            waiting = null;
            emitted = row.number();
            return row;
        }
        SourceRow row = nextWithValues();
        if (row == null) {
            return null;
        }
        waiting = row;
        return next();
    }

    private List<String> readHeader() {
        while (hasNextRow()) {
            Row row = nextRow();
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < row.getCellCount(); i++) {
                CellText cell = CellText.of(row.getCell(i), date1904);
                cells.add(cell.text());
                any |= !cell.text().isBlank();
            }
            if (any) {
                headerSheetRow = row.getRowNum();
                return cells;
            }
        }
        return null;
    }

    /** The next sheet row holding anything; null after the last. */
    private SourceRow nextWithValues() {
        while (hasNextRow()) {
            Row row = nextRow();
            List<String> cells = new ArrayList<>(row.getCellCount());
            Map<Integer, LocalDate> dates = new LinkedHashMap<>();
            List<String> errors = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < row.getCellCount(); i++) {
                CellText cell = CellText.of(row.getCell(i), date1904);
                cells.add(cell.text());
                any |= !cell.text().isBlank();
                if (cell.date() != null) {
                    dates.put(i, cell.date());
                }
                if (cell.error() != null) {
                    errors.add("cell " + row.getCell(i).getAddress() + " holds the error " + cell.error()
                            + "; fix it in the spreadsheet or type the value");
                }
            }
            if (any) {
                return new SourceRow(row.getRowNum() - headerSheetRow, cells, dates, errors);
            }
        }
        return null;
    }

    private boolean hasNextRow() {
        try {
            return rows.hasNext();
        } catch (UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
            throw unreadable(fileName, e);
        }
    }

    private Row nextRow() {
        try {
            return rows.next();
        } catch (UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
            throw unreadable(fileName, e);
        }
    }

    private static PromoteException unreadable(String fileName, Exception e) {
        return new PromoteException(ErrorKind.FILE_REJECTED, fileName + " cannot be read as an Excel workbook ("
                + e.getMessage() + "); open it in your spreadsheet program and save it again as .xlsx or CSV");
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            workbook.close();
        }
    }
}
