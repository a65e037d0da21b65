package com.promote.app.downloads;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.promote.engine.csv.FormulaGuard;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.List;

/**
 * A list streamed to the browser as a CSV file: header line, then the rows a writer produces
 * page by page, every cell guarded against spreadsheet formulas.
 */
public final class CsvDownload {
    private static final CsvMapper MAPPER = new CsvMapper();

    /** Writes the rows; called once, while the response streams. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(RowWriter out) throws IOException;
    }

    /** Takes one row of cells; nulls are written as empty cells. */
    @FunctionalInterface
    public interface RowWriter {
        void row(List<String> cells) throws IOException;
    }

    private CsvDownload() {
    }

    public static Response of(String fileName, List<String> headers, Rows rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        headers.forEach(schema::addColumn);
        StreamingOutput body = out -> {
            try (SequenceWriter writer = MAPPER.writer(schema.build())
                    .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
                rows.writeTo(cells -> writer.write(cells.stream()
                        .map(c -> c == null ? "" : FormulaGuard.neutralise(c)).toList()));
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
