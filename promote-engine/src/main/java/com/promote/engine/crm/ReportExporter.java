package com.promote.engine.crm;

import com.promote.engine.tables.TableFormat;
import com.promote.engine.tables.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The leads or contacts report: the CSV or workbook an admin edits and uploads again. Streams
 * page by page, so a large CRM never sits in memory; the CSV neutralises cells a spreadsheet
 * would run, the workbook keeps every cell as text.
 */
public final class ReportExporter {
    public static final List<String> HEADERS = List.of("id", "type", "first_name", "last_name", "email",
            "company_name", "phone", "source", "notes", "follow_up_date", "tour_date", "promoted_date",
            "created_at");
    private static final int PAGE = 1_000;

    private final Jdbi jdbi;

    public ReportExporter(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void write(long communityId, String type, OutputStream out) throws IOException {
        write(communityId, type, TableFormat.CSV, out);
    }

    public void write(long communityId, String type, TableFormat format, OutputStream out) throws IOException {
        String sheet = type == null ? "People" : type.substring(0, 1).toUpperCase() + type.substring(1) + "s";
        try (TableWriter writer = format.open(out, sheet, HEADERS)) {
            long afterId = 0;
            while (true) {
                long after = afterId;
                List<Person> page = jdbi.withExtension(PersonDao.class,
                        dao -> dao.listLive(communityId, type, after, PAGE));
                for (Person p : page) {
                    writer.row(row(p));
                }
                if (page.size() < PAGE) {
                    break;
                }
                afterId = page.get(page.size() - 1).id();
            }
        }
    }

    private static List<String> row(Person p) {
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(p.id()));
        cells.add(p.type());
        cells.add(p.firstName());
        cells.add(p.lastName());
        cells.add(p.email());
        cells.add(p.companyName());
        cells.add(p.phone());
        cells.add(p.source());
        cells.add(p.notes());
        cells.add(p.followUpDate() == null ? null : p.followUpDate().toString());
        cells.add(p.tourDate() == null ? null : p.tourDate().toString());
        cells.add(p.promotedDate() == null ? null : p.promotedDate().toString());
        cells.add(p.createdAt() == null ? null
                : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(p.createdAt().atOffset(ZoneOffset.UTC).withNano(0)));
        return cells;
    }
}
