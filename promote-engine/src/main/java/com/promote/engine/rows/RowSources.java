package com.promote.engine.rows;

import com.promote.engine.csv.CsvRecords;
import com.promote.engine.csv.FileEncoding;
import com.promote.engine.workbooks.SheetRows;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Opens the rows of a stored or spooled upload in whichever format its content is. */
public final class RowSources {
    /** A way to read the file from its start, as often as needed. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    private RowSources() {
    }

    public static FileFormat formatOf(Content content, String fileName) throws IOException {
        return FileFormat.sniff(content.open(), fileName);
    }

    /** A file on disk: a workbook is read in place. */
    public static RowSource open(Path file, String fileName) throws IOException {
        if (formatOf(() -> Files.newInputStream(file), fileName) == FileFormat.XLSX) {
            return SheetRows.open(file, fileName);
        }
        return csv(() -> Files.newInputStream(file), fileName);
    }

    /**
     * A file read as a stream (from the database): a workbook is copied to a temporary file
     * first, since a zip is read from its end, and the copy is deleted when the rows close.
     */
    public static RowSource open(Content content, String fileName) throws IOException {
        if (formatOf(content, fileName) == FileFormat.CSV) {
            return csv(content, fileName);
        }
        Path copy = Files.createTempFile("promote-workbook-", ".xlsx");
        try {
            try (InputStream in = content.open()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return new DeletingOnClose(SheetRows.open(copy, fileName), copy);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /**
     * A stored CSV file whose encoding the upload check told already: read from its first row at
     * once, not after reading the whole file again to tell it. Null: told again, as by {@link #open(Content, String)}.
     */
    public static RowSource open(Content content, String fileName, FileEncoding known) throws IOException {
        return known == null ? open(content, fileName) : CsvRecords.open(content.open(), known, fileName);
    }

    /** Reads the whole CSV file to tell its encoding. */
    public static FileEncoding encodingOf(Content content, String fileName) throws IOException {
        try (InputStream in = content.open()) {
            return FileEncoding.detect(in, fileName);
        }
    }

    private static RowSource csv(Content content, String fileName) throws IOException {
        return CsvRecords.open(content.open(), encodingOf(content, fileName), fileName);
    }

    private record DeletingOnClose(RowSource rows, Path file) implements RowSource {
        @Override
        public java.util.List<String> header() {
            return rows.header();
        }

        @Override
        public SourceRow next() {
            return rows.next();
        }

        @Override
        public void close() throws IOException {
            try {
                rows.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
