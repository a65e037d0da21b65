package com.promote.engine.tables;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.promote.engine.csv.FormulaGuard;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * CSV, UTF-8: every cell a spreadsheet would run as a formula gets a {@code '} in front (an echoed
 * upload cell that already has one keeps just that one).
 */
final class CsvTableWriter implements TableWriter {
    private static final CsvMapper MAPPER = new CsvMapper();

    private final SequenceWriter writer;
    private final boolean echo;

    CsvTableWriter(OutputStream out, boolean echo) throws IOException {
        this.echo = echo;
        this.writer = MAPPER.writer(CsvSchema.emptySchema()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out);
    }

    @Override
    public void row(List<String> cells) throws IOException {
        writer.write(cells.stream().map(c -> c == null ? "" : echo ? FormulaGuard.neutraliseRawCell(c)
                : FormulaGuard.neutralise(c)).toList());
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
