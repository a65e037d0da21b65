package com.promote.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.engine.clock.PromoteClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** One run of the measure: its own community and leads, the floor, then dry run, promotion and undo. */
final class BenchRun {
    private static final long POLL_MS = 50;

    private final BenchHttp http;
    private final Jdbi jdbi;
    private final PromoteClock clock;
    private final int rows;
    private final boolean skipUndo;
    private final long maxUploadBytes;
    private final List<String> wrong = new ArrayList<>();

    BenchRun(BenchHttp http, Jdbi jdbi, PromoteClock clock, int rows, boolean skipUndo, long maxUploadBytes) {
        this.http = http;
        this.jdbi = jdbi;
        this.clock = clock;
        this.rows = rows;
        this.skipUndo = skipUndo;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Seconds of each part; NaN for a part left out. {@code wrong} lists every answer that was not right. */
    record Figures(double floor, double dryRun, double promotion, double undo, List<String> wrong) {
        boolean checked() {
            return wrong.isEmpty();
        }

        String describe() {
            return String.format("floor %.2f s | dry run %.2f s = %.2fx | promotion %.2f s = %.2fx | undo %s%s",
                    floor, dryRun, dryRun / floor, promotion, promotion / floor,
                    Double.isNaN(undo) ? "not run" : String.format("%.2f s = %.2fx", undo, undo / floor),
                    wrong.isEmpty() ? "" : " | WRONG: " + String.join("; ", wrong));
        }

        /** Each figure's median, ratios from the medians of the same runs' ratios' figures. */
        static Figures median(List<Figures> runs) {
            List<String> wrong = runs.stream().flatMap(f -> f.wrong().stream()).toList();
            return new Figures(median(runs, Figures::floor), median(runs, Figures::dryRun),
                    median(runs, Figures::promotion), median(runs, Figures::undo), wrong);
        }

        private static double median(List<Figures> runs, ToDoubleFunction<Figures> figure) {
            double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
            return values.length % 2 == 1 ? values[values.length / 2]
                    : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        }
    }

    Figures run() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long c = BenchHttp.expect(http.post("/api/communities", Map.of("name", "Bench " + tag, "timeZone", "UTC",
                "billingEnabled", true, "defaultBillingDay", 1)), 201).get("id").asLong();
        String api = "/api/communities/" + c;
        BenchHttp.expect(http.post(api + "/groups", Map.of("name", BenchFile.GROUP_A)), 201);
        BenchHttp.expect(http.post(api + "/groups", Map.of("name", BenchFile.GROUP_B)), 201);
        BenchHttp.expect(http.post(api + "/plans", Map.of("name", BenchFile.PLAN, "monthlyPrice", "300.00",
                "currency", "USD")), 201);
        seedLeads(c, tag);
        Path csv = Files.createTempFile("promote-bench-", ".csv");
        try {
            BenchFile.write(csv, tag, rows, clock.today(ZoneId.of("UTC")));
            if (Files.size(csv) > maxUploadBytes) {
                throw new IllegalArgumentException(String.format("The generated file has %,d bytes, over the upload"
                        + " limit of %,d MB: set PROMOTE_MAX_UPLOAD_MB to at least %d", Files.size(csv),
                        maxUploadBytes >> 20, (Files.size(csv) >> 20) + 1));
            }
            double floor = FloorInsert.measure(jdbi, c, 1, rows);
            CrmState before = CrmState.of(jdbi, c);
            check(before.liveLeads() == rows, "leads seeded: " + before.liveLeads());

            long t0 = System.nanoTime();
            JsonNode dry = finished(api, "Dry run", t0, BenchHttp.expect(http.upload(api + "/promotions", csv, true), 202));
            double dryRun = (System.nanoTime() - t0) / 1e9;
            check(dry.path("wouldPromote").asInt() == rows && dry.path("failed").asInt() == 0,
                    "dry run: " + counts(dry));
            check(CrmState.of(jdbi, c).equals(before), "the dry run changed the CRM");

            t0 = System.nanoTime();
            JsonNode done = finished(api, "Promotion", t0, BenchHttp.expect(http.upload(api + "/promotions", csv, false),
                    202));
            double promotion = (System.nanoTime() - t0) / 1e9;
            check(done.path("promoted").asInt() == rows && done.path("failed").asInt() == 0,
                    "promotion: " + counts(done));
            CrmState after = CrmState.of(jdbi, c);
            CrmState expected = new CrmState(after.peopleChecksum(), 0, rows, BenchFile.expectedTeams(rows), rows,
                    BenchFile.expectedInvoices(rows), 2L * rows, rows);
            check(after.equals(expected), "after the promotion " + after + ", expected " + expected);

            double undo = Double.NaN;
            if (!skipUndo) {
                t0 = System.nanoTime();
                try {
                    undo(api, done.get("id").asLong());
                    undo = (System.nanoTime() - t0) / 1e9;
                } catch (IllegalStateException e) {
                    check(false, "the undo failed after " + (System.nanoTime() - t0) / 1_000_000_000 + " s: "
                            + e.getMessage());
                }
                CrmState undone = CrmState.of(jdbi, c);
                check(undone.equals(before), "after the undo " + undone + ", before " + before);
            }
            return new Figures(floor, dryRun, promotion, undo, List.copyOf(wrong));
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /** The leads the file names, straight into the CRM (not timed). */
    private void seedLeads(long communityId, String tag) {
        jdbi.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO people (community_id, type, first_name, last_name, email,"
                    + " email_key, phone, company_name, created_at) VALUES (:c, 'lead', :f, :l, :e, :e, :p, :co,"
                    + " CURRENT_TIMESTAMP(3))");
            for (int i = 0; i < rows; i++) {
                batch.bind("c", communityId).bind("f", "Lead" + i).bind("l", "Person" + i)
                        .bind("e", BenchFile.email(tag, i)).bind("p", "+1 555 " + (1000 + i % 9000))
                        .bind("co", "Company " + i).add();
                if (batch.size() == 1_000) {
                    batch.execute();
                }
            }
            if (batch.size() > 0) {
                batch.execute();
            }
        });
    }

    /**
     * Polls the promotion until it is no longer queued or running; its last answer. Prints how long
     * the upload's check took and how its progress showed (first rows, stalls, heap over the run).
     */
    private JsonNode finished(String api, String what, long uploadedAt, JsonNode accepted) throws InterruptedException {
        long acceptedAt = System.nanoTime();
        long id = accepted.get("id").asLong();
        System.out.printf("%s: upload accepted (checked and stored) after %.2f s%n", what, (acceptedAt - uploadedAt) / 1e9);
        String path = api + "/promotions/" + id + "?rowsFrom=" + Integer.MAX_VALUE;
        try (ProgressWatch progress = new ProgressWatch(() -> jdbi.withHandle(h -> h.createQuery(
                "SELECT processed_rows FROM promotions WHERE id = :p").bind("p", id).mapTo(Integer.class).one()),
                acceptedAt)) {
            while (true) {
                JsonNode p = BenchHttp.expect(http.get(path), 200);
                String status = p.path("status").asText();
                if (!status.equals("queued") && !status.equals("running")) {
                    check(status.equals("succeeded"), "promotion " + p.get("id") + " ended " + status);
                    progress.close();
                    System.out.println(progress.report());
                    return p;
                }
                Thread.sleep(POLL_MS);
            }
        }
    }

    /** {@code 200}: the undo ran inside the request; {@code 202}: it is a job, polled until it ends. */
    private void undo(String api, long promotionId) throws InterruptedException {
        BenchHttp.Answer answer = http.post(api + "/promotions/" + promotionId + "/undo", Map.of());
        BenchHttp.expect(answer, 200, 202);
        if (answer.status() == 200) {
            check(answer.json().path("restored").asInt() == rows, "undo restored " + answer.json().path("restored"));
            return;
        }
        String path = api + "/promotions/" + promotionId + "?rowsFrom=" + Integer.MAX_VALUE;
        while (true) {
            JsonNode undo = BenchHttp.expect(http.get(path), 200).path("undo");
            String status = undo.path("status").asText();
            if (!status.isEmpty() && !status.equals("queued") && !status.equals("running")) {
                check(status.equals("succeeded") && undo.path("restored").asInt() == rows,
                        "undo ended " + status + ", restored " + undo.path("restored"));
                return;
            }
            Thread.sleep(POLL_MS);
        }
    }

    private static String counts(JsonNode p) {
        return Arrays.stream(new String[] {"status", "promoted", "wouldPromote", "failed", "skipped"})
                .map(k -> k + "=" + p.path(k).asText()).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private void check(boolean right, String what) {
        if (!right) {
            wrong.add(what);
        }
    }
}
