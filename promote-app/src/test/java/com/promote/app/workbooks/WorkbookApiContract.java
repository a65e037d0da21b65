package com.promote.app.workbooks;

import static com.promote.app.testing.ApiClient.idOf201;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.billing.BillingPluginJar;
import com.promote.app.testing.ApiClient.ApiResponse;
import com.promote.app.testing.AppContract;
import io.dropwizard.testing.ConfigOverride;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;

/** SPEC.md "Excel workbooks" over HTTP: downloads, a report edited and uploaded back, refusals. H2 and MariaDB. */
abstract class WorkbookApiContract extends AppContract {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String NASTY_TEAM = "=cmd|' /C calc'!A0";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Override
    protected List<Path> pluginJars() {
        return List.of(BillingPluginJar.jar());
    }

    /** A 2 MB upload limit, so a workbook unpacking past ten times that is quick to make. */
    @Override
    protected ConfigOverride[] configOverrides() {
        return new ConfigOverride[] {ConfigOverride.config("maxUploadMb", "2")};
    }

    private long person(long c, String first, String email, String company, String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "lead");
        body.put("firstName", first);
        body.put("lastName", "Tester");
        body.put("email", email);
        body.put("companyName", company);
        body.put("phone", phone);
        return idOf201(api.post("/api/communities/" + c + "/people", body));
    }

    private JsonNode uploadAndWait(long c, String name, byte[] file) {
        ApiResponse r = api.upload("/api/communities/" + c + "/promotions", name, file, Map.of("dryRun", "false"));
        assertThat(r.status()).as("%s", r).isEqualTo(202);
        return api.awaitFinished(c, r.json().get("id").asLong());
    }

    @Test
    void aLeadsReportDownloadedAsAWorkbookEditedAndUploadedBackKeepsEveryValue() throws IOException {
        long c = api.createCommunity("Workbooks " + SEQ.incrementAndGet());
        person(c, "Ada", "ada@x.org", NASTY_TEAM, "+1 555 0100");
        person(c, "Bob", "bob@x.org", "Engines", "08123");
        person(c, "Cy", "cy@x.org", null, "-7");

        ApiResponse head = api.get("/api/communities/" + c + "/reports/leads.xlsx");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).startsWith(XLSX);
        assertThat(head.header("Content-Disposition")).contains("leads.xlsx");
        byte[] report = api.download("/api/communities/" + c + "/reports/leads.xlsx");
        List<List<Cell>> cells = WorkbookFiles.cells(report);
        assertThat(cells.get(0).stream().map(Cell::getText).toList()).startsWith("id", "type", "first_name",
                "last_name", "email", "company_name", "phone");
        // Every cell is text: nothing is a number, a date or a formula when a spreadsheet opens it.
        assertThat(cells.stream().flatMap(List::stream).filter(cell -> cell != null)
                .map(Cell::getType).distinct().toList()).containsOnly(CellType.STRING);
        String sheet = part(report, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("ySplit=\"1\"").contains("state=\"frozen\"").contains("<col ");
        assertThat(part(report, "xl/styles.xml")).contains("<b");

        // The admin deletes Cy's row and adds a column, as in a spreadsheet, and saves the workbook.
        List<List<Object>> edited = new ArrayList<>();
        for (List<String> row : WorkbookFiles.text(report)) {
            if (row.contains("cy@x.org")) {
                continue;
            }
            List<Object> copy = new ArrayList<>(row);
            copy.add(edited.isEmpty() ? "Key Fob" : "007");
            edited.add(copy);
        }
        JsonNode p = uploadAndWait(c, "leads edited.xlsx", WorkbookFiles.write(edited));

        assertThat(p.get("promoted").asInt()).as("%s", p).isEqualTo(2);
        assertThat(p.get("fileFormat").asText()).isEqualTo("xlsx");
        Map<String, JsonNode> members = new LinkedHashMap<>();
        api.get("/api/communities/" + c + "/members").json().forEach(m -> members.put(m.get("email").asText(),
                api.get("/api/communities/" + c + "/members/" + m.get("id").asLong()).json()));
        assertThat(members).containsOnlyKeys("ada@x.org", "bob@x.org");
        assertThat(members.get("ada@x.org").get("phone").asText()).isEqualTo("+1 555 0100");
        assertThat(members.get("ada@x.org").get("teamName").asText()).isEqualTo(NASTY_TEAM);
        assertThat(members.get("bob@x.org").get("phone").asText()).isEqualTo("08123");
        assertThat(members.get("bob@x.org").get("customFields").get("Key Fob").asText()).isEqualTo("007");
        assertThat(members.get("bob@x.org").get("customFields").has("follow_up_date")).isFalse();

        // Its results, and the members and teams lists, download as workbooks too, values as they are.
        long promotion = p.get("id").asLong();
        List<List<String>> results = WorkbookFiles.text(api.download("/api/communities/" + c + "/promotions/"
                + promotion + "/results.xlsx"));
        assertThat(results.get(0)).endsWith("Key Fob", "result", "message");
        assertThat(results.get(1)).contains("+1 555 0100", NASTY_TEAM, "007", "promoted");
        assertThat(api.get("/api/communities/" + c + "/promotions/" + promotion + "/results.csv").body())
                .contains("\"'+1 555 0100\"");
        List<List<String>> memberRows = WorkbookFiles.text(api.download("/api/communities/" + c + "/members.xlsx"));
        assertThat(memberRows).hasSize(3);
        assertThat(memberRows.get(1)).contains("+1 555 0100", NASTY_TEAM);
        List<List<String>> teamRows = WorkbookFiles.text(api.download("/api/communities/" + c + "/teams.xlsx"));
        assertThat(teamRows.stream().map(r -> r.get(1)).toList()).containsExactlyInAnyOrder("name", NASTY_TEAM, "Engines");
        assertThat(WorkbookFiles.text(api.download("/api/communities/" + c + "/reports/contacts.xlsx"))).hasSize(1);
        assertThat(api.get("/api/communities/" + c + "/members.csv").body()).contains("'=cmd");
    }

    @Test
    void aBillingStartDateCellIsThatDateWhileTheSameDateAsTextMustBeMonthFirst() {
        long c = idOf201(api.post("/api/communities", Map.of("name", "Workbook billing " + SEQ.incrementAndGet(),
                "timeZone", "America/New_York", "billingEnabled", true, "defaultBillingDay", 1)));
        idOf201(api.post("/api/communities/" + c + "/plans", Map.of("name", "Coworking Plan",
                "monthlyPrice", "300.00", "currency", "USD")));
        person(c, "Ada", "ada@x.org", "Engines", null);
        person(c, "Bob", "bob@x.org", "Gears", null);

        JsonNode p = uploadAndWait(c, "billing.xlsx", WorkbookFiles.write(List.of(
                List.of("email", "Plans", "Billing Start Date"),
                List.of("ada@x.org", "Coworking Plan", LocalDate.of(2026, 6, 20)),
                List.of("bob@x.org", "Coworking Plan", "2026-06-20"))));

        JsonNode ada = p.get("rows").get(0);
        assertThat(ada.get("result").asText()).as("%s", ada).isEqualTo("promoted");
        assertThat(ada.get("memberships").get(0).get("firstBillDate").asText()).isEqualTo("2026-07-01");
        assertThat(ada.get("proratedInvoice").get("amount").asText()).isEqualTo("110.00");
        JsonNode bob = p.get("rows").get(1);
        assertThat(bob.get("result").asText()).isEqualTo("failed");
        assertThat(bob.get("messages").get(0).asText()).contains("'2026-06-20'").contains("MM/DD/YYYY");
    }

    @Test
    void refusedFormatsAndAZipBombAnswerWithAReasonAndTheServerGoesOn() throws IOException {
        long c = api.createCommunity("Refusals " + SEQ.incrementAndGet());
        person(c, "Ada", "ada@x.org", null, null);
        String path = "/api/communities/" + c + "/promotions";

        ApiResponse xls = api.upload(path, "people.xlsx", WorkbookFiles.fixture("cells.xls"), Map.of());
        assertThat(xls.status()).isEqualTo(415);
        assertThat(xls.json().get("message").asText()).contains("(.xls)").contains("save it as Excel Workbook (.xlsx) or CSV");
        ApiResponse ods = api.upload(path, "people.ods", WorkbookFiles.fixture("cells.ods"), Map.of());
        assertThat(ods.status()).isEqualTo(415);
        assertThat(ods.json().get("message").asText()).contains("OpenDocument");
        ApiResponse locked = api.upload(path, "people.xls", WorkbookFiles.fixture("protected.xls"), Map.of());
        assertThat(locked.status()).isEqualTo(415);
        assertThat(locked.json().get("message").asText()).contains("password");

        // 30 MB of zeros in a file of a few dozen KB: over ten times the 2 MB upload limit once unpacked.
        byte[] zipBomb = bomb(30);
        assertThat(zipBomb.length).isLessThan(200_000);
        ApiResponse bomb = api.upload(path, "people.xlsx", zipBomb, Map.of());
        assertThat(bomb.status()).as("%s", bomb).isEqualTo(413);
        assertThat(bomb.json().get("message").asText()).contains("unpacks to more than 20 MB");

        assertThat(api.get(path).json().size()).isZero();
        JsonNode p = api.promote(c, "email\nada@x.org\n", false);
        assertThat(p.get("promoted").asInt()).isEqualTo(1);
    }

    private static byte[] bomb(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** One part of a workbook, read through the zip's central directory as spreadsheet programs do. */
    private static String part(byte[] zip, String name) {
        try {
            Path file = Files.createTempFile("promote-test-", ".xlsx");
            try {
                Files.write(file, zip);
                try (ZipFile in = new ZipFile(file.toFile())) {
                    ZipEntry e = in.getEntry(name);
                    if (e == null) {
                        throw new AssertionError("no part " + name);
                    }
                    return new String(in.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
