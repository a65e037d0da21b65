package com.promote.engine.promotions;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.promote.engine.csv.CsvRecords;
import com.promote.engine.csv.CsvRow;
import com.promote.engine.csv.FileEncoding;
import com.promote.engine.csv.FormulaGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The results download: the uploaded file's columns, row for row, plus {@code result} and
 * {@code message}. Reads the stored file and the stored results side by side, a page at a time.
 */
final class ResultsCsv {
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final int PAGE = 1_000;

    private final Jdbi jdbi;
    private final Promotion promotion;

    ResultsCsv(Jdbi jdbi, Promotion promotion) {
        this.jdbi = jdbi;
        this.promotion = promotion;
    }

    void write(OutputStream out) throws IOException {
        if (promotion.fileRemovedAt() != null) {
            writeKept(out);
            return;
        }
        FileEncoding encoding;
        try (InputStream in = FileChunks.read(jdbi, promotion.id())) {
            encoding = FileEncoding.detect(in, promotion.fileName());
        }
        try (CsvRecords records = CsvRecords.open(FileChunks.read(jdbi, promotion.id()), encoding, promotion.fileName());
             SequenceWriter writer = MAPPER.writer(CsvSchema.emptySchema())
                     .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            List<String> header = new ArrayList<>(records.header());
            int width = header.size();
            header.add("result");
            header.add("message");
            writer.write(guard(header));
            // Results are read a page at a time, in step with the file; once none are left (a
            // promotion still running) the remaining rows are pending, with no more queries.
            Iterator<RowResultStore.Brief> results = List.<RowResultStore.Brief>of().iterator();
            RowResultStore.Brief next = null;
            boolean exhausted = false;
            int nextFrom = 1;
            CsvRow row;
            while ((row = records.next()) != null) {
                while (!exhausted && (next == null || next.row() < row.number())) {
                    if (!results.hasNext()) {
                        int from = nextFrom;
                        List<RowResultStore.Brief> page = jdbi.withHandle(h -> RowResultStore.briefs(h, promotion.id(), from, PAGE));
                        if (page.isEmpty()) {
                            exhausted = true;
                            next = null;
                            break;
                        }
                        results = page.iterator();
                        nextFrom = page.get(page.size() - 1).row() + 1;
                    }
                    next = results.next();
                }
                // Cells past the header's last column (trailing separators, shifted values, which
                // the row's message names) would push result and message out from under their headers.
                List<String> cells = new ArrayList<>(row.cells().subList(0, Math.min(width, row.cells().size())));
                while (cells.size() < width) {
                    cells.add("");
                }
                RowResultStore.Brief brief = next != null && next.row() == row.number() ? next : null;
                cells.add(brief == null ? "pending" : brief.result());
                cells.add(brief == null || brief.messages() == null ? "" : brief.messages());
                writer.write(guard(cells));
            }
        }
    }

    /**
     * After retention: the kept columns only, and a first line saying why the others are gone
     * (its result is {@code note}, so a program reading results can skip it).
     */
    private void writeKept(OutputStream out) throws IOException {
        try (SequenceWriter writer = MAPPER.writer(CsvSchema.emptySchema())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            writer.write(List.of("row", "email", "result", "message"));
            writer.write(List.of("", "", "note", "The file's other columns were deleted on "
                    + promotion.fileRemovedAt().toString().substring(0, 10)
                    + ": uploaded files are kept only until the promotion's undo window has passed."));
            int from = 1;
            List<RowResultStore.Brief> page;
            do {
                int start = from;
                page = jdbi.withHandle(h -> RowResultStore.briefs(h, promotion.id(), start, PAGE));
                for (RowResultStore.Brief b : page) {
                    writer.write(guard(java.util.Arrays.asList(String.valueOf(b.row()), b.email(), b.result(),
                            b.messages())));
                }
                if (!page.isEmpty()) {
                    from = page.get(page.size() - 1).row() + 1;
                }
            } while (page.size() == PAGE);
        }
    }

    private static List<String> guard(List<String> cells) {
        return cells.stream().map(c -> c == null ? "" : FormulaGuard.neutralise(c)).toList();
    }
}
