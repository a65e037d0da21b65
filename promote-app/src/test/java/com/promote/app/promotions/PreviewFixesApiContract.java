package com.promote.app.promotions;

import static com.promote.app.testing.ApiClient.idOf201;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.billing.BillingPluginJar;
import com.promote.app.testing.ApiClient.ApiResponse;
import com.promote.app.testing.AppContract;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * Fixing rows in the preview over HTTP (API.md "Undo, corrections, files"), with the billing
 * plugin installed, today pinned to 2026-05-15: billing's suggestions for its own columns,
 * corrections, running a preview and the corrected file download.
 */
abstract class PreviewFixesApiContract extends AppContract {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Override
    protected List<Path> pluginJars() {
        return List.of(BillingPluginJar.jar());
    }

    private long community(boolean billing) {
        return idOf201(api.post("/api/communities", Map.of("name", "Fixes " + SEQ.incrementAndGet(),
                "timeZone", "America/New_York", "billingEnabled", billing, "defaultBillingDay", 1)));
    }

    private long lead(long c, String first, String last, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "lead");
        body.put("email", email);
        body.put("firstName", first);
        body.put("lastName", last);
        return idOf201(api.post("/api/communities/" + c + "/people", body));
    }

    private static JsonNode row(JsonNode p, int n) {
        for (JsonNode r : p.get("rows")) {
            if (r.get("row").asInt() == n) {
                return r;
            }
        }
        throw new AssertionError("no row " + n + " in " + p);
    }

    /** The row's suggestions as "column -> value". */
    private static Map<String, String> suggested(JsonNode p, int n) {
        Map<String, String> out = new LinkedHashMap<>();
        row(p, n).get("suggestions").forEach(s -> out.put(s.get("column").asText(), s.get("value").asText()));
        return out;
    }

    private JsonNode corrected(long c, long p, Object body) {
        ApiResponse r = api.post("/api/communities/" + c + "/promotions/" + p + "/corrections", body);
        assertThat(r.status()).as("%s", r).isEqualTo(202);
        assertThat(r.json().get("dryRun").asBoolean()).isTrue();
        assertThat(r.json().get("correctedFrom").asLong()).isEqualTo(p);
        return api.awaitFinished(c, r.json().get("id").asLong());
    }

    private JsonNode ran(long c, long p) {
        ApiResponse r = api.post("/api/communities/" + c + "/promotions/" + p + "/run",
                Map.of("sendOnboardingEmails", false));
        assertThat(r.status()).as("%s", r).isEqualTo(202);
        assertThat(r.json().get("dryRun").asBoolean()).isFalse();
        assertThat(r.json().get("runOf").asLong()).isEqualTo(p);
        return api.awaitFinished(c, r.json().get("id").asLong());
    }

    @Test
    void billingSuggestsPlansBillDaysAndStartDatesWrittenAnotherWayButNeverGuesses() {
        long c = community(true);
        idOf201(api.post("/api/communities/" + c + "/plans", Map.of("name", "Coworking Plan", "monthlyPrice", "300.00",
                "currency", "USD")));
        for (String who : List.of("ada", "bob", "cy", "dee", "eve")) {
            lead(c, who, "Test", who + "@x.org");
        }
        String csv = "Email,Plans,Monthly Bill Date,Billing Start Date\n"
                + "ada@x.org,coworking plan,5th,2026-06-20\n"
                + "bob@x.org,Coworking Plan,5.0,05.06.2026\n"
                + "cy@x.org,Coworking Plan,1,2026-05-01\n"
                + "dee@x.org,Coworking Plan,1,\"June 20, 2026\"\n"
                + "eve@x.org,Coworking Plan,1,20/06/2026\n";

        JsonNode p = api.promote(c, csv, true);

        assertThat(p.get("failed").asInt()).isEqualTo(5);
        assertThat(suggested(p, 1)).containsExactly(Map.entry("Plans", "Coworking Plan"),
                Map.entry("Monthly Bill Date", "5"), Map.entry("Billing Start Date", "06/20/2026"));
        assertThat(row(p, 1).get("suggestions").get(0).get("message").asText()).isEqualTo("Did you mean Coworking Plan?");
        assertThat(row(p, 1).get("suggestions").get(2).get("message").asText()).contains("June 20, 2026");
        assertThat(suggested(p, 2)).as("05.06.2026 could be May 6 or June 5")
                .containsExactly(Map.entry("Monthly Bill Date", "5"));
        assertThat(suggested(p, 3)).as("a date not after the upload date").isEmpty();
        assertThat(suggested(p, 4)).containsExactly(Map.entry("Billing Start Date", "06/20/2026"));
        assertThat(suggested(p, 5)).containsExactly(Map.entry("Billing Start Date", "06/20/2026"));

        JsonNode q = corrected(c, p.get("id").asLong(), Map.of("acceptSuggestions", true));
        assertThat(q.get("wouldPromote").asInt()).isEqualTo(3);
        assertThat(row(q, 2).get("result").asText()).isEqualTo("failed");
        assertThat(row(q, 2).get("corrections").toString())
                .isEqualTo("[{\"column\":\"Monthly Bill Date\",\"from\":\"5.0\",\"to\":\"5\"}]");
        assertThat(row(q, 1).get("corrections")).hasSize(3);

        JsonNode r = corrected(c, q.get("id").asLong(), Map.of("cells", List.of(
                Map.of("row", 2, "column", "Billing Start Date", "value", "06/05/2026"),
                Map.of("row", 3, "column", "Billing Start Date", "value", ""))));
        assertThat(r.get("wouldPromote").asInt()).isEqualTo(5);
        assertThat(row(r, 2).get("corrections").toString()).isEqualTo("[{\"column\":\"Monthly Bill Date\",\"from\":"
                + "\"5.0\",\"to\":\"5\"},{\"column\":\"Billing Start Date\",\"from\":\"05.06.2026\",\"to\":\"06/05/2026\"}]");

        JsonNode run = ran(c, r.get("id").asLong());
        assertThat(run.get("promoted").asInt()).isEqualTo(5);
        JsonNode ada = api.get("/api/communities/" + c + "/members/" + row(run, 1).get("memberId").asLong()
                + "/memberships").json().get(0);
        assertThat(ada.get("plan").asText()).isEqualTo("Coworking Plan");
        assertThat(ada.get("billDay").asInt()).isEqualTo(5);
        assertThat(ada.get("startDate").asText()).isEqualTo("2026-06-20");
        JsonNode bob = api.get("/api/communities/" + c + "/members/" + row(run, 2).get("memberId").asLong()
                + "/memberships").json().get(0);
        assertThat(bob.get("billDay").asInt()).isEqualTo(5);
        assertThat(bob.get("startDate").asText()).isEqualTo("2026-06-05");
        String file = api.get("/api/communities/" + c + "/promotions/" + run.get("id").asLong() + "/file").body();
        assertThat(file.replace("\r\n", "\n")).isEqualTo("Email,Plans,Monthly Bill Date,Billing Start Date\n"
                + "ada@x.org,Coworking Plan,5,06/20/2026\n"
                + "bob@x.org,Coworking Plan,5,06/05/2026\n"
                + "cy@x.org,Coworking Plan,1,\n"
                + "dee@x.org,Coworking Plan,1,06/20/2026\n"
                + "eve@x.org,Coworking Plan,1,06/20/2026\n");
    }

    @Test
    void correctionsAnswer202WithTheNewPreviewAndBadOnes422Or409SayingWhich() {
        long c = community(false);
        long ann = lead(c, "Ann", "Lee", "ann.old@x.org");
        lead(c, "Bob", "Stone", "bob@x.org");
        long other = community(false);
        long stranger = lead(other, "Cy", "Ho", "cy@x.org");
        JsonNode p = api.promote(c, "Email,First Name,Last Name\nann.new@x.org,Ann,Lee\nbob@x.org,,\n", true);
        long id = p.get("id").asLong();
        assertThat(row(p, 1).get("suggestions").get(0).get("personId").asLong()).isEqualTo(ann);
        assertThat(row(p, 2).get("suggestions")).isEmpty();
        assertThat(row(p, 2).get("corrections")).isEmpty();
        assertThat(p.get("correctedFrom").isNull()).isTrue();
        String path = "/api/communities/" + c + "/promotions/" + id;

        ApiResponse column = api.post(path + "/corrections", Map.of("cells", List.of(
                Map.of("row", 2, "column", "Plans", "value", "x"))));
        assertThat(column.status()).isEqualTo(422);
        assertThat(column.body()).contains("row 2: the file has no column 'Plans'");
        ApiResponse rowGone = api.post(path + "/corrections", Map.of("cells", List.of(
                Map.of("row", 9, "column", "Email", "value", "x@x.org"))));
        assertThat(rowGone.status()).isEqualTo(422);
        assertThat(rowGone.body()).contains("row 9 is not a row of the file");
        ApiResponse foreign = api.post(path + "/corrections", Map.of("matches", List.of(
                Map.of("row", 1, "personId", stranger))));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.body()).contains("person " + stranger + " is not a lead or contact of this community");
        ApiResponse needless = api.post(path + "/corrections", Map.of("matches", List.of(
                Map.of("row", 2, "personId", ann))));
        assertThat(needless.status()).isEqualTo(422);
        assertThat(needless.body()).contains("row 2 needs no match");

        JsonNode q = corrected(c, id, Map.of("matches", List.of(Map.of("row", 1, "personId", ann))));
        assertThat(q.get("correctedFrom").asLong()).isEqualTo(id);
        assertThat(q.get("wouldPromote").asInt()).isEqualTo(2);
        JsonNode logged = api.get("/api/communities/" + c + "/activity?action=correction").json();
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).get("target").asText()).isEqualTo("promotion " + q.get("id").asLong() + ": people.csv");
        assertThat(logged.get(0).get("details").asText()).contains("corrected preview " + id).contains("1 row matched");

        JsonNode run = ran(c, q.get("id").asLong());
        assertThat(run.get("runOf").asLong()).isEqualTo(q.get("id").asLong());
        assertThat(run.get("promoted").asInt()).isEqualTo(2);
        JsonNode member = api.get("/api/communities/" + c + "/members/" + row(run, 1).get("memberId").asLong()).json();
        assertThat(member.get("email").asText()).isEqualTo("ann.new@x.org");
        assertThat(member.get("promotedFromPersonId").asLong()).isEqualTo(ann);

        long realId = run.get("id").asLong();
        ApiResponse notPreview = api.post("/api/communities/" + c + "/promotions/" + realId + "/corrections",
                Map.of("acceptSuggestions", true));
        assertThat(notPreview.status()).isEqualTo(409);
        assertThat(notPreview.body()).contains("only a finished preview can be corrected");
        assertThat(api.post("/api/communities/" + c + "/promotions/" + realId + "/run", Map.of()).status())
                .isEqualTo(409);
        assertThat(api.post("/api/communities/" + c + "/promotions/999999/run", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aCorrectedWorkbookDownloadsAsAWorkbook() throws IOException {
        long c = community(false);
        lead(c, "Ann", "Lee", "ann@x.org");
        idOf201(api.post("/api/communities/" + c + "/groups", Map.of("name", "Group Blue")));
        ApiResponse up = api.upload("/api/communities/" + c + "/promotions", "people.xlsx",
                workbook(List.of(List.of("Email", "Room Permissions", "Key Fob"), List.of("ann@x.org", "Group Bleu", "007"))),
                Map.of("dryRun", "true"));
        assertThat(up.status()).as("%s", up).isEqualTo(202);
        JsonNode p = api.awaitFinished(c, up.json().get("id").asLong());

        JsonNode q = corrected(c, p.get("id").asLong(), Map.of("acceptSuggestions", true));

        assertThat(q.get("fileFormat").asText()).isEqualTo("xlsx");
        assertThat(row(q, 1).get("result").asText()).isEqualTo("would_promote");
        String path = "/api/communities/" + c + "/promotions/" + q.get("id").asLong() + "/file";
        assertThat(api.get(path).header("Content-Type")).startsWith(XLSX);
        assertThat(cells(api.download(path))).containsExactly(List.of("Email", "Room Permissions", "Key Fob"),
                List.of("ann@x.org", "Group Blue", "007"));
        assertThat(cells(api.download("/api/communities/" + c + "/promotions/" + p.get("id").asLong() + "/file")))
                .as("the uploaded workbook as it was").containsExactly(List.of("Email", "Room Permissions", "Key Fob"),
                        List.of("ann@x.org", "Group Bleu", "007"));
        JsonNode csv = api.promote(c, "Email\nann@x.org\n", true);
        assertThat(api.get("/api/communities/" + c + "/promotions/" + csv.get("id").asLong() + "/file")
                .header("Content-Type")).startsWith("text/csv");
    }

    private static byte[] workbook(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    ws.value(r, c, rows.get(r).get(c));
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<List<String>> cells(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            for (Row row : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCell(i) == null ? "" : row.getCellText(i));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
