package com.promote.engine.promotions.fixes;

import static com.promote.engine.testing.Fixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.engine.activity.ActivityRecorder;
import com.promote.engine.clock.PromoteClock;
import com.promote.engine.communities.Community;
import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.promotions.PromotionView;
import com.promote.engine.rows.FileFormat;
import com.promote.engine.rows.RowSource;
import com.promote.engine.rows.RowSources;
import com.promote.engine.rows.SourceRow;
import com.promote.engine.testing.CoreSchema;
import com.promote.engine.testing.Fixture;
import com.promote.engine.testing.Workbooks;
import com.promote.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SPEC.md "Fixing rows in the preview", for the core and room permissions: suggestions (and the
 * cases that must get none), corrections making a new preview of the corrected file, running a
 * preview, and the corrected file itself. Every subclass runs it on one kind of database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PreviewFixesContract {
    private static final String HEADER = "Email,First Name,Last Name,Company,Room Permissions\n";

    private TestDatabase db;
    private Fixture f;
    private PreviewFixes fixes;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void openDatabase() {
        db = CoreSchema.on(TestDatabase.create(kind()));
        f = new Fixture(db.jdbi());
        PromoteClock clock = PromoteClock.fixedAt(Fixture.TODAY);
        fixes = new PreviewFixes(db.jdbi(), clock, () -> { }, ActivityRecorder.withoutAddress(clock));
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    // ---- suggestions ----------------------------------------------------------------------

    @Test
    void aLeadWhoseEmailChangedIsSuggestedByHerNames() {
        Community c = f.community();
        long ann = f.lead(c, "Ann", "Lee", "ann.old@x.org", null);
        f.lead(c, "Ann", "Leeds", "ann.leeds@x.org", null);

        PromotionView v = f.preview(c, HEADER + "ann.new@x.org,  ANN , lee ,,\nnobody@x.org,Nobody,Known,,\n");

        JsonNode r1 = row(v, 1);
        assertThat(r1.get("result").asText()).isEqualTo("failed");
        assertThat(r1.get("suggestions")).hasSize(1);
        JsonNode s = r1.get("suggestions").get(0);
        assertThat(s.get("column").asText()).isEqualTo("email");
        assertThat(s.get("value").asText()).isEqualTo("ann.new@x.org");
        assertThat(s.get("personId").asLong()).isEqualTo(ann);
        assertThat(s.get("message").asText()).contains("Ann Lee").contains("ann.old@x.org").contains("ann.new@x.org");
        assertThat(row(v, 2).get("suggestions")).isEmpty();
    }

    @Test
    void blankNameCellsMatchTheStoredNames() {
        Community c = f.community();
        long ann = f.lead(c, "Ann", "Lee", "ann.old@x.org", null);

        PromotionView v = f.preview(c, HEADER + "ann.new@x.org,,Lee,,\n");

        assertThat(row(v, 1).get("suggestions").get(0).get("personId").asLong()).isEqualTo(ann);
    }

    @Test
    void twoPeopleWithTheRowsNamesGetNoSuggestionUnlessOneWorksForTheRowsCompany() {
        Community c = f.community();
        long acmeBob = f.lead(c, "Bob", "Stone", "bob1@x.org", "Acme");
        f.lead(c, "Bob", "Stone", "bob2@x.org", "Zeta");
        f.lead(c, "Bob", "Stone", "bob3@x.org", "Zeta");

        PromotionView v = f.preview(c, HEADER + "bob@new.org,Bob,Stone,,\nbob@new2.org,Bob,Stone,Zeta,\n"
                + "bob@new3.org,Bob,Stone,acme,\n");

        assertThat(row(v, 1).get("suggestions")).as("three Bob Stones").isEmpty();
        assertThat(row(v, 2).get("suggestions")).as("two Bob Stones at Zeta").isEmpty();
        JsonNode acme = row(v, 3).get("suggestions");
        assertThat(acme).hasSize(1);
        assertThat(acme.get(0).get("personId").asLong()).isEqualTo(acmeBob);
    }

    @Test
    void aPersonAnotherRowOfTheFilePromotesIsNotSuggested() {
        Community c = f.community();
        f.lead(c, "Ann", "Lee", "ann@x.org", null);

        PromotionView v = f.preview(c, HEADER + "ann@x.org,Ann,Lee,,\nann.again@x.org,Ann,Lee,,\n");

        assertThat(row(v, 1).get("result").asText()).isEqualTo("would_promote");
        assertThat(row(v, 2).get("result").asText()).isEqualTo("failed");
        assertThat(row(v, 2).get("suggestions")).isEmpty();
    }

    @Test
    void anEmailThatIsAMembersGetsNoSuggestion() {
        Community c = f.community();
        f.lead(c, "Team", "Admin", "team.admin@x.org", null);
        Fixture.ExistingTeam team = f.team(c, "Acme");
        String memberEmail = db.jdbi().withHandle(h -> h.createQuery("SELECT email FROM members WHERE id = :m")
                .bind("m", team.adminMemberId()).mapTo(String.class).one());

        PromotionView v = f.preview(c, HEADER + memberEmail + ",Team,Admin,,\n");

        assertThat(row(v, 1).get("result").asText()).isEqualTo("failed");
        assertThat(row(v, 1).get("suggestions")).isEmpty();
    }

    @Test
    void aGroupNameNearlyRightIsSuggestedButNotBetweenTwoGroups() {
        Community c = f.community();
        f.lead(c, "Ann", "Lee", "ann@x.org", null);
        f.lead(c, "Cy", "Ho", "cy@x.org", null);
        f.group(c, "Group Blue");
        f.group(c, "Desk");
        Community two = f.community();
        f.lead(two, "Bob", "Stone", "bob@x.org", null);
        f.group(two, "Group Blue");
        f.group(two, "Group Glee");

        PromotionView v = f.preview(c, HEADER + "ann@x.org,,,,\"Desk, group  bleu\"\ncy@x.org,,,,Dsk\n");
        PromotionView w = f.preview(two, HEADER + "bob@x.org,,,,Group Blee\n");

        JsonNode ann = row(v, 1).get("suggestions");
        assertThat(ann).hasSize(1);
        assertThat(ann.get(0).get("column").asText()).isEqualTo("Room Permissions");
        assertThat(ann.get(0).get("value").asText()).isEqualTo("Desk, Group Blue");
        assertThat(ann.get(0).get("personId").isNull()).isTrue();
        assertThat(ann.get(0).get("message").asText()).isEqualTo("Did you mean Group Blue?");
        assertThat(row(v, 2).get("suggestions").get(0).get("value").asText()).isEqualTo("Desk");
        assertThat(row(w, 1).get("result").asText()).isEqualTo("failed");
        assertThat(row(w, 1).get("suggestions")).as("a letter off Group Blue and Group Glee").isEmpty();
    }

    @Test
    void aNewTeamNearlyNamedAsAnExistingOneIsWarnedWithTheExistingTeamSuggested() {
        Community c = f.community();
        f.lead(c, "Ann", "Lee", "ann@x.org", null);
        f.lead(c, "Bob", "Stone", "bob@x.org", null);
        f.team(c, "Acme Labs");

        PromotionView v = f.preview(c, HEADER + "ann@x.org,,,Acme Lab,\nbob@x.org,,,Zeta Works,\n");

        JsonNode ann = row(v, 1);
        assertThat(ann.get("result").asText()).isEqualTo("would_promote");
        assertThat(ann.get("teamCreated").asBoolean()).isTrue();
        assertThat(ann.get("warnings").get(0).asText()).contains("'Acme Lab' will be new").contains("'Acme Labs'");
        assertThat(ann.get("suggestions")).hasSize(1);
        assertThat(ann.get("suggestions").get(0).get("column").asText()).isEqualTo("Company");
        assertThat(ann.get("suggestions").get(0).get("value").asText()).isEqualTo("Acme Labs");
        assertThat(ann.get("suggestions").get(0).get("message").asText()).contains("existing team Acme Labs");
        assertThat(row(v, 2).get("suggestions")).isEmpty();
        assertThat(row(v, 2).get("warnings")).isEmpty();
    }

    // ---- corrections ----------------------------------------------------------------------

    @Test
    void acceptingEverySuggestionMakesANewPreviewOfTheCorrectedFileAndRunningItPromotesIt() throws IOException {
        Community c = f.community();
        long ann = f.lead(c, "Ann", "Lee", "ann.old@x.org", null);
        f.lead(c, "Bob", "Stone", "bob@x.org", null);
        f.lead(c, "Cy", "Ho", "cy@x.org", null);
        f.group(c, "Group Blue");
        Fixture.ExistingTeam acme = f.team(c, "Acme Labs");
        String csv = HEADER + "ann.new@x.org,Ann,Lee,,\nbob@x.org,,,Acme Lab,Group Bleu\ncy@x.org,,,,\n";
        PromotionView p = f.preview(c, csv);
        assertThat(p.failed()).isEqualTo(2);

        PromotionView q = correct(c, p, new Corrections(true, null, null));

        assertThat(q.dryRun()).isTrue();
        assertThat(q.correctedFrom()).isEqualTo(p.id());
        assertThat(q.totalRows()).isEqualTo(3);
        assertThat(q.wouldPromote()).isEqualTo(3);
        assertThat(q.failed()).isZero();
        assertThat(row(q, 1).get("corrections")).isEmpty();
        assertThat(row(q, 1).get("email").asText()).isEqualTo("ann.new@x.org");
        assertThat(row(q, 2).get("corrections").toString()).isEqualTo("[{\"column\":\"Company\",\"from\":\"Acme Lab\","
                + "\"to\":\"Acme Labs\"},{\"column\":\"Room Permissions\",\"from\":\"Group Bleu\",\"to\":\"Group Blue\"}]");
        assertThat(row(q, 2).get("teamId").asLong()).isEqualTo(acme.id());
        assertThat(row(q, 2).get("teamCreated").asBoolean()).isFalse();
        assertThat(file(c, p.id())).as("the uploaded file stays as it was").isEqualTo(csv);
        assertThat(file(c, q.id())).isEqualTo(HEADER + "ann.new@x.org,Ann,Lee,,\nbob@x.org,,,Acme Labs,Group Blue\n"
                + "cy@x.org,,,,\n");
        assertThat(f.members(c)).hasSize(1).as("previews promote nobody");

        PromotionView run = f.finish(c, fixes.run(c, Fixture.ADMIN_ID, q.id(), false));

        assertThat(run.dryRun()).isFalse();
        assertThat(run.runOf()).isEqualTo(q.id());
        assertThat(run.promoted()).isEqualTo(3);
        assertThat(f.promotedMembers(c).keySet()).containsExactlyInAnyOrder("ann.new@x.org", "bob@x.org", "cy@x.org");
        assertThat(f.member(c, "ann.new@x.org").promotedFromPersonId()).isEqualTo(ann);
        assertThat(f.member(c, "ann.new@x.org").firstName()).isEqualTo("Ann");
        assertThat(f.member(c, "bob@x.org").teamId()).isEqualTo(acme.id());
        assertThat(f.groupsOf(f.member(c, "bob@x.org").id())).containsExactly("Group Blue");
        assertThat(f.teams(c).keySet()).containsExactlyInAnyOrder("Acme Labs", "Ann Lee's Team", "Cy Ho's Team");
        assertThat(f.liveEmails(c)).isEmpty();
        assertThat(row(run, 2).get("corrections")).hasSize(2);
        assertThat(file(c, run.id())).isEqualTo(file(c, q.id()));
    }

    @Test
    void editedCellsAreCorrectionsRelativeToTheUploadedFileAcrossAChain() {
        Community c = f.community();
        f.lead(c, "Ann", "Lee", "ann@x.org", null);
        f.lead(c, "Bob", "Stone", "bob@x.org", null);
        f.group(c, "Red");
        f.group(c, "Green");
        PromotionView p = f.preview(c, HEADER + "ann@x.org,,,,Purple\nbob@x.org,,,,\n");

        PromotionView q = correct(c, p, new Corrections(null, List.of(new Corrections.Cell(1, "Room Permissions", "Red"),
                new Corrections.Cell(2, "first name", "Robert")), null));
        PromotionView r = correct(c, q, new Corrections(null, List.of(new Corrections.Cell(1, "Room Permissions",
                " Green "), new Corrections.Cell(2, "First Name", "")), null));

        assertThat(row(q, 1).get("result").asText()).isEqualTo("would_promote");
        assertThat(row(q, 2).get("corrections").toString())
                .isEqualTo("[{\"column\":\"First Name\",\"from\":\"\",\"to\":\"Robert\"}]");
        assertThat(r.correctedFrom()).isEqualTo(q.id());
        assertThat(row(r, 1).get("corrections").toString())
                .isEqualTo("[{\"column\":\"Room Permissions\",\"from\":\"Purple\",\"to\":\"Green\"}]");
        assertThat(row(r, 2).get("corrections")).as("edited back to the uploaded cell").isEmpty();
        assertThat(row(r, 1).get("groups").toString()).isEqualTo("[\"Green\"]");
    }

    @Test
    void aRowMatchedByHandPromotesThatPersonWithTheFilesEmail() {
        Community c = f.community();
        long bob = f.lead(c, "Robert", "Stone", "rob@x.org", "Stone Co");
        PromotionView p = f.preview(c, HEADER + "bobby@x.org,Bob,,,\n");
        assertThat(row(p, 1).get("suggestions")).as("other first name").isEmpty();

        PromotionView q = correct(c, p, new Corrections(null, null, List.of(new Corrections.Match(1, bob))));
        assertThat(row(q, 1).get("result").asText()).isEqualTo("would_promote");
        assertThat(row(q, 1).get("teamName").asText()).as("the file's blank company").isEqualTo("Bob Stone's Team");

        PromotionView run = f.finish(c, fixes.run(c, Fixture.ADMIN_ID, q.id(), false));
        assertThat(run.promoted()).isEqualTo(1);
        assertThat(f.member(c, "bobby@x.org").promotedFromPersonId()).isEqualTo(bob);
        assertThat(f.member(c, "bobby@x.org").firstName()).isEqualTo("Bob");
        assertThat(f.member(c, "bobby@x.org").lastName()).isEqualTo("Stone");
        assertThat(f.liveEmails(c)).isEmpty();
    }

    @Test
    void badCorrectionsAreRefusedSayingWhichAndMakeNothing() {
        Community c = f.community();
        Community other = f.community();
        f.lead(c, "Ann", "Lee", "ann@x.org", null);
        long promoted = f.lead(c, "Zed", "Zu", "zed@x.org", null);
        f.run(c, HEADER + "zed@x.org,,,,\n");
        long elsewhere = f.lead(other, "Cy", "Ho", "cy@x.org", null);
        long bob = f.lead(c, "Bob", "Stone", "bob@x.org", null);
        PromotionView p = f.preview(c, HEADER + "ann@x.org,,,,\nnew@x.org,,,,\n");

        assertRefused(c, p, new Corrections(null, List.of(new Corrections.Cell(3, "Email", "x@x.org")), null),
                "row 3 is not a row of the file");
        assertRefused(c, p, new Corrections(null, List.of(new Corrections.Cell(1, "Plans", "Gold")), null),
                "row 1: the file has no column 'Plans'");
        assertRefused(c, p, new Corrections(null, null, List.of(new Corrections.Match(2, elsewhere))),
                "row 2: person " + elsewhere + " is not a lead or contact of this community");
        assertRefused(c, p, new Corrections(null, null, List.of(new Corrections.Match(2, promoted))),
                "row 2: person " + promoted + " is no longer in the CRM");
        assertRefused(c, p, new Corrections(null, null, List.of(new Corrections.Match(1, bob))),
                "row 1 needs no match");
        PromotionView twice = f.preview(c, HEADER + "new1@x.org,,,,\nnew2@x.org,,,,\n");
        assertRefused(c, twice, new Corrections(null, null, List.of(new Corrections.Match(1, bob),
                new Corrections.Match(2, bob))), "rows 1 and 2 are both matched to person " + bob);
        assertThat(f.promotionCount(c)).as("nothing made: the run, the two previews").isEqualTo(3);
    }

    @Test
    void onlyAFinishedPreviewCanBeCorrectedOrRun() {
        Community c = f.community();
        f.lead(c, "Ann", "Lee", "ann@x.org", null);
        PromotionView real = f.run(c, HEADER + "ann@x.org,,,,\n");
        Promotion queued = f.upload(c, HEADER + "ann@x.org,,,,\n", true);

        for (long id : new long[] {real.id(), queued.id()}) {
            assertThatThrownBy(() -> fixes.correct(c, Fixture.ADMIN_ID, id, new Corrections(true, null, null)))
                    .isInstanceOfSatisfying(PromoteException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT))
                    .hasMessageContaining("only a finished preview can be corrected");
            assertThatThrownBy(() -> fixes.run(c, Fixture.ADMIN_ID, id, false))
                    .isInstanceOfSatisfying(PromoteException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
        }
        f.runner.runOne();
    }

    @Test
    void aPreviewRunAfterTheCrmChangedIsPlannedAfresh() {
        Community c = f.community();
        f.lead(c, "Ann", "Lee", "ann@x.org", null);
        f.lead(c, "Bob", "Stone", "bob@x.org", null);
        PromotionView p = f.preview(c, HEADER + "ann@x.org,,,Acme,\nbob@x.org,,,Acme,\n");
        assertThat(p.wouldPromote()).isEqualTo(2);
        assertThat(row(p, 1).get("teamCreated").asBoolean()).isTrue();
        f.run(c, HEADER + "ann@x.org,,,Acme,\n");

        PromotionView run = f.finish(c, fixes.run(c, Fixture.ADMIN_ID, p.id(), false));

        assertThat(run.promoted()).isEqualTo(1);
        assertThat(row(run, 1).get("result").asText()).isEqualTo("failed");
        assertThat(row(run, 1).get("messages").toString()).contains("no lead or contact has this email");
        assertThat(row(run, 2).get("result").asText()).isEqualTo("promoted");
        assertThat(row(run, 2).get("teamCreated").asBoolean()).as("Acme exists now").isFalse();
        assertThat(f.teams(c).get("Acme").memberIds()).hasSize(2);
    }

    // ---- the corrected file ---------------------------------------------------------------

    @Test
    void aCorrectedWorkbookStaysAWorkbookWithItsDateCellsAndBlankRows() throws IOException {
        Community c = f.community();
        f.lead(c, "Ann", "Lee", "ann@x.org", null);
        f.lead(c, "Bob", "Stone", "bob@x.org", null);
        f.group(c, "Group Blue");
        byte[] xlsx = Workbooks.oneSheet(List.of(
                List.of("Email", "Room Permissions", "Start"),
                List.of("ann@x.org", "Group Bleu", LocalDate.of(2026, 6, 20)),
                List.of(),
                List.of("bob@x.org", "", 5)));
        PromotionView p = f.finish(c, f.upload(c, "people.xlsx", xlsx, true));

        PromotionView q = correct(c, p, new Corrections(true, null, null));

        assertThat(q.fileFormat()).isEqualTo("xlsx");
        assertThat(q.wouldPromote()).isEqualTo(2);
        assertThat(q.skipped()).isEqualTo(1);
        byte[] stored = bytes(c, q.id());
        assertThat(FileFormat.sniff(new ByteArrayInputStream(stored), "x")).isEqualTo(FileFormat.XLSX);
        try (RowSource rows = RowSources.open(() -> new ByteArrayInputStream(stored), "people.xlsx")) {
            assertThat(rows.header()).containsExactly("Email", "Room Permissions", "Start");
            SourceRow ann = rows.next();
            assertThat(ann.cells()).containsExactly("ann@x.org", "Group Blue", "2026-06-20");
            assertThat(ann.dates()).containsEntry(2, LocalDate.of(2026, 6, 20));
            assertThat(rows.next().isBlank()).isTrue();
            SourceRow bob = rows.next();
            assertThat(bob.number()).isEqualTo(3);
            assertThat(bob.cells().get(0)).isEqualTo("bob@x.org");
            assertThat(bob.cells().get(2)).isEqualTo("5");
            assertThat(rows.next()).isNull();
        }
        assertThat(bytes(c, p.id())).as("the uploaded workbook stays as it was").isEqualTo(xlsx);
    }

    // ---- helpers --------------------------------------------------------------------------

    private PromotionView correct(Community c, PromotionView p, Corrections corrections) {
        try {
            return f.finish(c, fixes.correct(c, Fixture.ADMIN_ID, p.id(), corrections));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertRefused(Community c, PromotionView p, Corrections corrections, String saying) {
        assertThatThrownBy(() -> fixes.correct(c, Fixture.ADMIN_ID, p.id(), corrections))
                .isInstanceOfSatisfying(PromoteException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID))
                .hasMessageContaining(saying);
    }

    private byte[] bytes(Community c, long promotionId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.service.writeFile(c.id(), promotionId, out);
        return out.toByteArray();
    }

    private String file(Community c, long promotionId) throws IOException {
        return new String(bytes(c, promotionId), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
