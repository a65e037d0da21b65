package com.promote.engine.workbooks;

import static com.promote.engine.testing.Fixture.messages;
import static com.promote.engine.testing.Fixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promote.engine.communities.Community;
import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.members.Member;
import com.promote.engine.promotions.PromotionView;
import com.promote.engine.tables.TableFormat;
import com.promote.engine.testing.Fixture;
import com.promote.engine.testing.CoreSchema;
import com.promote.testing.TestDatabase;
import com.promote.engine.testing.Workbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SPEC.md "Excel workbooks" end to end through PromotionService and PromotionRunner on a real
 * database: workbooks LibreOffice wrote and ones fastexcel wrote promote exactly like the same
 * rows in CSV; the formats Promote cannot read, and zip bombs, are refused as a whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WorkbookPromotionContract {
    private static final long ONE_MB = 1024 * 1024;
    private TestDatabase db;
    private Fixture f;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void openDatabase() {
        db = CoreSchema.on(TestDatabase.create(kind()));
        f = new Fixture(db.jdbi(), Fixture.defaultRegistry(), 500, ONE_MB);
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    @Test
    void aLibreOfficeWorkbookPromotesItsFirstSheetWithEveryCellAsAPersonSeesIt() throws IOException {
        Community c = f.community();
        f.lead(c, "Ada", "L", "ada@x.org", null);
        f.lead(c, "Bob", "B", "bob@x.org", null);
        f.lead(c, "Cy", "C", "cy@x.org", null);
        f.lead(c, "Zed", "Z", "zed@x.org", null);

        PromotionView v = f.run(c, "cells.xlsx", Workbooks.fixture("cells.xlsx"));

        assertThat(v.totalRows()).isEqualTo(4);
        assertThat(v.fileFormat()).isEqualTo("xlsx");
        assertThat(row(v, 1).get("result").asText()).isEqualTo("promoted");
        assertThat(row(v, 2).get("result").asText()).isEqualTo("skipped");
        assertThat(row(v, 3).get("result").asText()).isEqualTo("promoted");
        assertThat(row(v, 4).get("result").asText()).isEqualTo("failed");
        assertThat(messages(row(v, 4))).containsExactly(
                "cell F6 holds the error #N/A; fix it in the spreadsheet or type the value; cell L6 holds the"
                        + " error #DIV/0!; fix it in the spreadsheet or type the value");

        Member ada = f.member(c, "ada@x.org");
        assertThat(ada.phone()).isEqualTo("+1 555 0100");
        assertThat(f.teams(c)).containsOnlyKeys("=cmd|' /C calc'!A0", "Engines Ltd");
        assertThat(f.customFields(ada.id())).isEqualTo(Map.of("Key Fob", "08123", "Joined", "2026-06-20",
                "Billing Start Date", "2026-06-20", "Monthly Bill Date", "5", "Member No", "2095257564",
                "Active", "TRUE", "Score", "12.5", "Greeting", "Hi Ada"));
        Member bob = f.member(c, "bob@x.org");
        assertThat(bob.phone()).isEqualTo("5550199");
        assertThat(f.customFields(bob.id())).isEqualTo(Map.of("Key Fob", "42", "Joined", "2026-01-02",
                "Billing Start Date", "06/20/2026", "Monthly Bill Date", "5", "Member No", "1234567890123",
                "Active", "FALSE", "Score", "0.3", "Greeting", "007"));
        // Cy's row failed whole; Zed is only on the second sheet, which is never read.
        assertThat(f.liveEmails(c)).containsExactly("cy@x.org", "zed@x.org");
    }

    @Test
    void theResultsOfAWorkbookComeAsAWorkbookOrAsCsvRowForRow() throws IOException {
        Community c = f.community();
        f.lead(c, "Ada", "L", "ada@x.org", null);
        f.lead(c, "Bob", "B", "bob@x.org", null);
        PromotionView v = f.run(c, "cells.xlsx", Workbooks.fixture("cells.xlsx"));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        f.service.writeResults(c.id(), v.id(), TableFormat.XLSX, xlsx);
        List<List<String>> rows = Workbooks.read(xlsx.toByteArray());

        assertThat(rows.get(0)).endsWith("Greeting", "result", "message");
        assertThat(rows.get(1)).startsWith("ada@x.org", "Ada", "Lovelace", "+1 555 0100", "=cmd|' /C calc'!A0", "08123",
                "2026-06-20");
        // An empty cell is no cell at all in a workbook: the message column of a promoted row.
        assertThat(rows.get(1)).hasSize(14).endsWith("Hi Ada", "promoted");
        assertThat(rows.get(2)).hasSize(14).endsWith("skipped");
        assertThat(rows.get(3).get(0)).isEqualTo("bob@x.org");
        assertThat(rows.get(4)).startsWith("cy@x.org").endsWith("failed",
                "cell F6 holds the error #N/A; fix it in the spreadsheet or type the value; cell L6 holds the"
                        + " error #DIV/0!; fix it in the spreadsheet or type the value");
        assertThat(rows).hasSize(5);
        String csv = f.resultsCsv(c, v.id());
        assertThat(csv.lines().toList()).hasSize(5);
        assertThat(csv.lines().toList().get(1)).startsWith("ada@x.org,Ada,Lovelace,\"'+1 555 0100\",\"'=cmd|' /C calc'!A0\",08123,");
    }

    @Test
    void aDateCellOfTheOldMacDateSystemIsStillThatDate() {
        Community c = f.community();
        f.lead(c, "Ada", "L", "ada@x.org", null);

        f.run(c, "dates-1904.xlsx", Workbooks.fixture("dates-1904.xlsx"));

        assertThat(f.customFields(f.member(c, "ada@x.org").id())).isEqualTo(Map.of("Joined", "2026-06-20"));
    }

    @Test
    void aHiddenFirstSheetIsSkippedAndRowNumbersCountFromTheFirstRowWithValues() {
        Community c = f.community();
        f.lead(c, "Ada", "L", "ada@x.org", null);
        f.lead(c, "Hid", "Den", "hidden@x.org", null);
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("hidden:Old", List.of(List.of("email"), List.of("hidden@x.org")));
        sheets.put("People", Arrays.asList(List.of(), List.of(), List.of("", "email", "Joined", "Seats"),
                List.of("", "nobody@x.org"), List.of("", "ada@x.org", LocalDate.of(2026, 7, 1), 3),
                List.of("", "ada@x.org")));

        PromotionView v = f.run(c, "people.xlsx", Workbooks.write(sheets));

        assertThat(v.totalRows()).isEqualTo(3);
        assertThat(messages(row(v, 1))).containsExactly("no lead or contact has this email");
        assertThat(row(v, 2).get("result").asText()).isEqualTo("promoted");
        assertThat(messages(row(v, 3))).containsExactly("the same email is already in row 2; only that row is processed");
        assertThat(f.customFields(f.member(c, "ada@x.org").id())).isEqualTo(Map.of("Joined", "2026-07-01", "Seats", "3"));
        assertThat(f.liveEmails(c)).containsExactly("hidden@x.org");
    }

    @Test
    void olderAndOtherFormatsAreRefusedSayingWhatToDo() {
        Community c = f.community();
        f.lead(c, "Ada", "L", "ada@x.org", null);

        assertRefused(c, "cells.xls", Workbooks.fixture("cells.xls"), ErrorKind.UNSUPPORTED_FILE,
                "Excel 97-2003 workbook (.xls) or a password-protected workbook", "save it as Excel Workbook (.xlsx) or CSV");
        assertRefused(c, "protected.xls", Workbooks.fixture("protected.xls"), ErrorKind.UNSUPPORTED_FILE,
                "password-protected", "Remove any password");
        // The name does not matter, the content does.
        assertRefused(c, "people.csv", Workbooks.fixture("cells.ods"), ErrorKind.UNSUPPORTED_FILE,
                "OpenDocument file (.ods)", "save it as Excel Workbook (.xlsx) or CSV");
        Map<String, byte[]> numbers = new LinkedHashMap<>();
        numbers.put("Index/Document.iwa", new byte[] {1, 2, 3});
        numbers.put("Metadata/Properties.plist", "<plist/>".getBytes(StandardCharsets.UTF_8));
        assertRefused(c, "people.numbers", Workbooks.zip(numbers), ErrorKind.UNSUPPORTED_FILE,
                "Apple Numbers file", "Export To > Excel (.xlsx) or CSV");
        assertRefused(c, "photos.zip", Workbooks.zip(Map.of("a.txt", new byte[] {1})), ErrorKind.UNSUPPORTED_FILE,
                "a zip archive, not an Excel workbook");
        assertThat(f.liveEmails(c)).containsExactly("ada@x.org");
    }

    @Test
    void macrosExternalLinksAndDocumentTypesAreRefused() {
        Community c = f.community();
        f.lead(c, "Ada", "L", "ada@x.org", null);
        byte[] book = Workbooks.oneSheet(List.of(List.of("email"), List.of("ada@x.org")));

        Map<String, byte[]> macros = Workbooks.parts(book);
        macros.put("xl/vbaProject.bin", new byte[] {0, 1, 2});
        assertRefused(c, "people.xlsx", Workbooks.zip(macros), ErrorKind.UNSUPPORTED_FILE, "contains macros");
        Map<String, byte[]> xlsm = Workbooks.parts(book);
        xlsm.put("[Content_Types].xml", new String(xlsm.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml")
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(c, "people.xlsm", Workbooks.zip(xlsm), ErrorKind.UNSUPPORTED_FILE, "macro-enabled workbook (.xlsm)");

        Map<String, byte[]> links = Workbooks.parts(book);
        links.put("xl/externalLinks/externalLink1.xml", "<externalLink/>".getBytes(StandardCharsets.UTF_8));
        assertRefused(c, "people.xlsx", Workbooks.zip(links), ErrorKind.UNSUPPORTED_FILE, "links to other files");

        Map<String, byte[]> entity = Workbooks.parts(book);
        String sheetPart = entity.keySet().stream().filter(n -> n.startsWith("xl/worksheets/")).findFirst().orElseThrow();
        entity.put(sheetPart, new String(entity.get(sheetPart), StandardCharsets.UTF_8)
                .replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(c, "people.xlsx", Workbooks.zip(entity), ErrorKind.UNSUPPORTED_FILE, "XML document type");
        assertThat(f.liveEmails(c)).containsExactly("ada@x.org");
    }

    @Test
    void aZipBombIsRefusedWhileInflatingWithoutFillingMemory() {
        Community c = f.community();
        f.lead(c, "Ada", "L", "ada@x.org", null);
        Map<String, byte[]> parts = Workbooks.parts(Workbooks.oneSheet(List.of(List.of("email"), List.of("ada@x.org"))));
        // 11 MB of spaces compress to a few KB; the limit here is 1 MB, so 10 MB unpacked.
        byte[] spaces = new byte[11 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        parts.put("xl/media/padding.xml", spaces);
        byte[] bomb = Workbooks.zip(parts);
        assertThat(bomb.length).isLessThan(100_000);

        assertRefused(c, "people.xlsx", bomb, ErrorKind.FILE_TOO_LARGE, "unpacks to more than 10 MB");
        assertThat(f.liveEmails(c)).containsExactly("ada@x.org");
    }

    private void assertRefused(Community c, String name, byte[] file, ErrorKind kind, String... says) {
        int before = f.promotionCount(c);
        assertThatThrownBy(() -> f.upload(c, name, file, false))
                .isInstanceOfSatisfying(PromoteException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    for (String s : says) {
                        assertThat(e.getMessage()).contains(s);
                    }
                });
        assertThat(f.promotionCount(c)).isEqualTo(before);
    }
}
