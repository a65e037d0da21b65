package com.promote.engine.promotions.report;

import com.promote.engine.promotions.Promotion;
import com.promote.engine.promotions.upload.FileChunks;
import com.promote.engine.rows.RowSource;
import com.promote.engine.rows.RowSources;
import com.promote.engine.rows.SourceRow;
import com.promote.engine.tables.TableFormat;
import com.promote.engine.tables.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The results download, as CSV or workbook: the uploaded file's columns, row for row, plus
 * {@code result} and {@code message}. Reads the stored file (CSV or workbook alike) and the
 * stored results side by side, a page at a time.
 */
public final class ResultsCsv {
    private static final int PAGE = 1_000;

    private final Jdbi jdbi;
    private final Promotion promotion;

    public ResultsCsv(Jdbi jdbi, Promotion promotion) {
        this.jdbi = jdbi;
        this.promotion = promotion;
    }

    public void write(TableFormat format, OutputStream out) throws IOException {
        if (promotion.fileRemovedAt() != null) {
            writeKept(format, out);
            return;
        }
        try (RowSource records = RowSources.open(() -> FileChunks.read(jdbi, promotion.id()), promotion.fileName());
             TableWriter writer = format.openEcho(out, "Results", withResultColumns(records.header()))) {
            int width = records.header().size();
            // Results are read a page at a time, in step with the file; once none are left (a
            // promotion still running) the remaining rows are pending, with no more queries.
            Iterator<RowResultStore.Brief> results = List.<RowResultStore.Brief>of().iterator();
            RowResultStore.Brief next = null;
            boolean exhausted = false;
            int nextFrom = 1;
            SourceRow row;
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
                writer.row(cells);
            }
        }
    }

    private static List<String> withResultColumns(List<String> header) {
        List<String> out = new ArrayList<>(header);
        out.add("result");
        out.add("message");
        return out;
    }

    /**
     * After retention: the kept columns only, and a first line saying why the others are gone
     * (its result is {@code note}, so a program reading results can skip it).
     */
    private void writeKept(TableFormat format, OutputStream out) throws IOException {
        try (TableWriter writer = format.open(out, "Results", List.of("row", "email", "result", "message"))) {
            writer.row(List.of("", "", "note", "The file's other columns were deleted on "
                    + promotion.fileRemovedAt().toString().substring(0, 10)
                    + ": uploaded files are kept only until the promotion's undo window has passed."));
            int from = 1;
            List<RowResultStore.Brief> page;
            do {
                int start = from;
                page = jdbi.withHandle(h -> RowResultStore.briefs(h, promotion.id(), start, PAGE));
                for (RowResultStore.Brief b : page) {
                    writer.row(java.util.Arrays.asList(String.valueOf(b.row()), b.email(), b.result(), b.messages()));
                }
                if (!page.isEmpty()) {
                    from = page.get(page.size() - 1).row() + 1;
                }
            } while (page.size() == PAGE);
        }
    }
}
