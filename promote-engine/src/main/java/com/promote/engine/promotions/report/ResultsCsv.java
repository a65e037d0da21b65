package com.promote.engine.promotions.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.promote.engine.csv.CsvRecords;
import com.promote.engine.csv.CsvRow;
import com.promote.engine.csv.FileEncoding;
import com.promote.engine.csv.FormulaGuard;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.promotions.upload.FileChunks;
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
public final class ResultsCsv {
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final int PAGE = 1_000;

    private final Jdbi jdbi;
    private final Promotion promotion;

    public ResultsCsv(Jdbi jdbi, Promotion promotion) {
        this.jdbi = jdbi;
        this.promotion = promotion;
    }

    public void write(OutputStream out) throws IOException {
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

    private static List<String> guard(List<String> cells) {
        return cells.stream().map(c -> c == null ? "" : FormulaGuard.neutraliseRawCell(c)).toList();
    }
}
