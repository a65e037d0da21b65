package com.promote.engine.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Workbooks for tests: the committed LibreOffice fixtures, ones fastexcel writes, and zips taken apart. */
public final class Workbooks {
    private Workbooks() {
    }

    /** A fixture of src/test/resources/workbooks (made by make-fixtures.sh). */
    public static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(Path.of(Workbooks.class.getResource("/workbooks/" + name).toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One sheet per entry, in order; a cell is a String, Number, Boolean or LocalDate; a sheet named "hidden:..." is hidden. */
    public static byte[] write(Map<String, List<List<Object>>> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Test", "1.0");
            boolean first = true;
            for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
                boolean hidden = sheet.getKey().startsWith("hidden:");
                Worksheet ws = wb.newWorksheet(sheet.getKey().replace("hidden:", ""));
                if (hidden) {
                    ws.setVisibilityState(VisibilityState.HIDDEN);
                } else if (first) {
                    ws.keepInActiveTab();
                    first = false;
                }
                List<List<Object>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object v = rows.get(r).get(c);
                        if (v instanceof String s) {
                            ws.value(r, c, s);
                        } else if (v instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (v instanceof Boolean b) {
                            ws.value(r, c, b);
                        } else if (v instanceof LocalDate d) {
                            ws.value(r, c, d);
                            ws.style(r, c).format("mm/dd/yyyy").set();
                        }
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] oneSheet(List<List<Object>> rows) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Sheet1", rows);
        return write(sheets);
    }

    /** The parts of a zip, by name, in order. */
    public static Map<String, byte[]> parts(byte[] zip) {
        // Read through the central directory: fastexcel's streamed entries carry their sizes only there.
        Map<String, byte[]> out = new LinkedHashMap<>();
        try {
            Path file = Files.createTempFile("promote-test-", ".zip");
            try {
                Files.write(file, zip);
                try (ZipFile in = new ZipFile(file.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(in.entries())) {
                        try (InputStream part = in.getInputStream(e)) {
                            out.put(e.getName(), part.readAllBytes());
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first sheet's cells as text, the way a reader of the download would see them. */
    public static List<List<String>> read(byte[] xlsx) {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            for (Row row : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCell(i) == null ? "" : row.getCellText(i));
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
