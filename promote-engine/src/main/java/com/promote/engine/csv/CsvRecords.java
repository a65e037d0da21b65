package com.promote.engine.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.rows.RowSource;
import com.promote.engine.rows.SourceRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Streams a CSV file record by record, in file order: the header, then data rows numbered
 * 1, 2, ... A wholly empty line is not a record; a quoted cell spanning lines is one record.
 * The separator (comma, semicolon or tab) is the one the header line uses most.
 */
public final class CsvRecords implements RowSource {
    private static final CsvMapper MAPPER = new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES);

    private final String fileName;
    private final char separator;
    private final MappingIterator<List<String>> records;
    private final List<String> header;
    private int rowNumber;

    private CsvRecords(String fileName, char separator, MappingIterator<List<String>> records) {
        this.fileName = fileName;
        this.separator = separator;
        this.records = records;
        this.header = hasNext() ? nextRaw() : null;
    }

    private boolean hasNext() {
        try {
            return records.hasNextValue();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    public static CsvRecords open(InputStream raw, FileEncoding encoding, String fileName) throws IOException {
        raw.skipNBytes(encoding.bomLength());
        BufferedReader reader = new BufferedReader(new InputStreamReader(raw, encoding.charset()), 64 * 1024);
        reader.mark(1 << 20);
        char separator = separatorOf(firstLine(reader));
        reader.reset();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutEscapeChar();
        MappingIterator<List<String>> records = MAPPER.readerForListOf(String.class).with(schema).readValues(reader);
        try {
            return new CsvRecords(fileName, separator, records);
        } catch (PromoteException e) {
            records.close();
            throw e;
        }
    }

    /** The header cells as written, or null for a file with no lines at all. */
    @Override
    public List<String> header() {
        return header;
    }

    public char separator() {
        return separator;
    }

    /** The next data row, or null at the end of the file. */
    @Override
    public SourceRow next() {
        if (!hasNext()) {
            return null;
        }
        List<String> cells = nextRaw();
        rowNumber++;
        return SourceRow.ofText(rowNumber, cells);
    }

    private List<String> nextRaw() {
        try {
            return records.nextValue();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private PromoteException unreadable(IOException e) {
        if (e instanceof JsonProcessingException json) {
            long line = json.getLocation() == null ? -1 : json.getLocation().getLineNr();
            String where = line > 0 ? " near line " + line : "";
            String what = json.getOriginalMessage();
            if (what != null && what.toLowerCase().contains("quote")) {
                what = "a quoted cell is never closed (unbalanced \" quotes)";
            }
            String row = header == null ? "the header" : "data row " + (rowNumber + 1);
            return new PromoteException(ErrorKind.FILE_REJECTED, fileName + " cannot be read as CSV at " + row
                    + where + ": " + what);
        }
        throw new UncheckedIOException(e);
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    private static String firstLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1 && c != '\n' && c != '\r' && line.length() < (1 << 19)) {
            line.append((char) c);
        }
        return line.toString();
    }

    static char separatorOf(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
