package com.promote.engine.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * The formats every download comes in: CSV, and an Excel workbook twin of it. One list is
 * written once, through a {@link TableWriter}, whatever the format.
 */
public enum TableFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    TableFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<TableFormat> ofExtension(String extension) {
        for (TableFormat f : values()) {
            if (f.extension.equalsIgnoreCase(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Starts the file with its header row; {@code sheetName} names the workbook's sheet. */
    public TableWriter open(OutputStream out, String sheetName, List<String> header) throws IOException {
        return start(this == CSV ? new CsvTableWriter(out, false) : new XlsxTableWriter(out, sheetName, header.size()),
                header);
    }

    /**
     * For cells echoed as they stood in an uploaded file (the results download): a CSV keeps a
     * cell already guarded with {@code '} as it is, so the results read back as the upload did.
     */
    public TableWriter openEcho(OutputStream out, String sheetName, List<String> header) throws IOException {
        return start(this == CSV ? new CsvTableWriter(out, true) : new XlsxTableWriter(out, sheetName, header.size()),
                header);
    }

    private static TableWriter start(TableWriter writer, List<String> header) throws IOException {
        writer.row(header);
        return writer;
    }
}
