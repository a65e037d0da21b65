package com.promote.engine.promotions;

import static com.promote.engine.testing.Fixture.messages;
import static com.promote.engine.testing.Fixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.promote.api.ExtensionMigration;
import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.PromotedRow;
import com.promote.api.RowCells;
import com.promote.api.RowExtension;
import com.promote.api.Writes;
import com.promote.engine.communities.Community;
import com.promote.engine.db.Migrator;
import com.promote.engine.crm.NewPerson;
import com.promote.engine.customfields.CustomFieldsExtension;
import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.extensions.ExtensionRegistry;
import com.promote.engine.members.Member;
import com.promote.engine.promotions.report.RowResultStore;
import com.promote.engine.roompermissions.RoomPermissionsExtension;
import com.promote.engine.testing.CoreSchema;
import com.promote.engine.testing.Fixture;
import com.promote.engine.testing.Fixture.TeamState;
import com.promote.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The promotion rules of SPEC.md (Columns, Rows, Teams, Room Permissions, Custom fields,
 * Uploads and results), end to end through PromotionService and PromotionRunner on a real
 * database. Every subclass runs all of it on one kind of database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PromotionContract {
    private TestDatabase db;
    private Fixture f;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void openDatabase() {
        db = CoreSchema.on(TestDatabase.create(kind()));
        f = new Fixture(db.jdbi());
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    // ---- Columns ------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"company_name", "Team Name", "team_name", "TEAM  NAME", " Company ", "Company Name",
        "company-name"})
    void everyAliasOfTheCompanyColumnNamesTheTeam(String header) {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", "Stored Co");

        PromotionView v = f.run(c, "Email Address,First Name,LAST_NAME," + header + "\nada@x.org,Ada,Byron,Engines Ltd\n");

        assertThat(v.columns()).containsExactly(col("Email Address", "core"), col("First Name", "core"),
                col("LAST_NAME", "core"), col(header.trim(), "core"));
        JsonNode r = row(v, 1);
        assertThat(r.get("result").asText()).isEqualTo("promoted");
        assertThat(r.get("teamName").asText()).isEqualTo("Engines Ltd");
        Member ada = f.member(c, "ada@x.org");
        assertThat(ada.lastName()).isEqualTo("Byron");
        assertThat(f.teams(c)).containsOnlyKeys("Engines Ltd");
        assertThat(f.teams(c).get("Engines Ltd").adminMemberId()).isEqualTo(ada.id());
        assertThat(f.customFields(ada.id())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Email,first_name,Email Address", "email,Key Fob,key_fob", "email,Team Name,company",
        "email,Follow-up Date,follow_up_date", "email,Room Permissions,room_permissions"})
    void twoHeadersNamingOneColumnRejectTheFile(String header) {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", null);
        String[] names = header.split(",");
        String last = names[names.length - 1];

        PromoteException e = rejected(() -> f.upload(c, header + "\nada@x.org,a,b\n", false), ErrorKind.FILE_REJECTED);

        assertThat(e.getMessage()).contains("name the same column").contains("'" + last + "'");
        assertNothingRecorded(c, List.of("ada@x.org"));
    }

    @Test
    void aBlankHeaderOverAValueRejectsTheFileButOverEmptyCellsIsIgnored() {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", null);
        f.lead(c, "Bob", "Byte", "bob@x.org", null);

        PromoteException e = rejected(() -> f.upload(c, "email,,first_name\nbob@x.org,,Bo\nada@x.org,oops,Ada\n", false),
                ErrorKind.FILE_REJECTED);
        assertThat(e.getMessage()).contains("column 2 has no header").contains("row 2").contains("'oops'");
        assertNothingRecorded(c, List.of("ada@x.org", "bob@x.org"));

        PromotionView v = f.run(c, "email,  ,first_name\nada@x.org, ,Ada\n");
        assertThat(v.columns()).containsExactly(col("email", "core"), col("", "ignored"), col("first_name", "core"));
        assertThat(v.promoted()).isEqualTo(1);
        assertThat(f.customFields(f.member(c, "ada@x.org").id())).isEmpty();
    }

    @Test
    void aFileWithoutAnEmailColumnIsRejected() {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", null);

        PromoteException e = rejected(() -> f.upload(c, "first_name,last_name,e-mail\nAda,Lovelace,ada@x.org\n", false),
                ErrorKind.FILE_REJECTED);

        assertThat(e.getMessage()).contains("no email column");
        assertNothingRecorded(c, List.of("ada@x.org"));
    }

    @Test
    void eachColumnIsReadAsCoreIgnoredAnExtensionOrACustomField() {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", null);

        PromotionView v = f.preview(c, "id,type,email,Tour Date,Room Permissions,Plans,Key Fob,created_at\n"
                + "1,lead,ada@x.org,2026-01-01,,Gold,7,2026-01-01T00:00:00\n");

        assertThat(v.columns()).containsExactly(col("id", "ignored"), col("type", "ignored"), col("email", "core"),
                col("Tour Date", "ignored"), col("Room Permissions", "room_permissions"), col("Plans", "custom_field"),
                col("Key Fob", "custom_field"), col("created_at", "ignored"));
        assertThat(row(v, 1).get("customFields")).isEqualTo(json("{\"Plans\":\"Gold\",\"Key Fob\":\"7\"}"));
    }

    // ---- Rows ---------------------------------------------------------------------------

    @Test
    void fileValuesWinEmptyCellsKeepStoredValuesAndDatesAreNeverCopied() {
        Community c = f.community();
        long ada = f.person(c, new NewPerson("contact", "Ada", "Lovelace", "Ada@X.org", "111", "Stored Co", "web",
                "met at a fair", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 20)));

        PromotionView v = f.run(c, "email,first_name,last_name,phone,source,notes,follow_up_date,tour_date,promoted_date\n"
                + " ada@x.ORG ,  Augusta ,,222,  ,new notes,2026-07-01,2026-07-02,2026-07-03\n");

        assertThat(row(v, 1).get("result").asText()).isEqualTo("promoted");
        Member m = f.member(c, "Ada@X.org");
        assertThat(m.firstName()).isEqualTo("Augusta");
        assertThat(m.lastName()).isEqualTo("Lovelace");
        assertThat(m.phone()).isEqualTo("222");
        assertThat(m.source()).isEqualTo("web");
        assertThat(m.notes()).isEqualTo("new notes");
        assertThat(m.promotedFromPersonId()).isEqualTo(ada);
        assertThat(f.customFields(m.id())).isEmpty();
        assertThat(f.teams(c)).containsOnlyKeys("Stored Co");
        // Out of the CRM, but the record is kept, unchanged, with a link to the member.
        assertThat(f.liveEmails(c)).isEmpty();
        var kept = f.person(c, ada);
        assertThat(kept.firstName()).isEqualTo("Ada");
        assertThat(kept.followUpDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(kept.promotedDate()).isNull();
        assertThat(f.count("SELECT promoted_to_member_id FROM people WHERE community_id = :c", c)).isEqualTo((int) m.id());
    }

    @Test
    void blankRowsAreSkippedAndCountedEmptyLinesAreNotRowsAndAQuotedCellSpanningLinesIsOneRow() {
        Community c = f.community();
        for (String who : List.of("a", "b", "c")) {
            f.lead(c, who.toUpperCase(), "Doe", who + "@x.org", null);
        }

        PromotionView v = f.run(c, "email,first_name,notes\n"
                + "a@x.org,A,\n"
                + ",,\n"
                + "\n"
                + "b@x.org,B,\"two\nlines\"\n"
                + "   ,  ,  \n"
                + "c@x.org,C,\n"
                + "\n");

        assertThat(v.totalRows()).isEqualTo(5);
        assertThat(v.processedRows()).isEqualTo(5);
        assertThat(List.of(v.promoted(), v.failed(), v.skipped())).containsExactly(3, 0, 2);
        assertThat(results(v)).containsExactly("1 a@x.org promoted", "2 null skipped", "3 b@x.org promoted",
                "4 null skipped", "5 c@x.org promoted");
        assertThat(messages(row(v, 2))).isEmpty();
        assertThat(f.member(c, "b@x.org").notes()).isEqualTo("two\nlines");
        assertThat(f.liveEmails(c)).isEmpty();
    }

    @Test
    void aRowWithValuesBeyondTheHeaderFailsNamingThemAndShortRowsArePadded() {
        Community c = f.community();
        f.lead(c, "A", "Aa", "a@x.org", null);
        f.lead(c, "B", "Stored", "b@x.org", null);
        f.lead(c, "C", "Cc", "c@x.org", null);

        PromotionView v = f.run(c, "email,first_name,last_name\n"
                + "a@x.org,A,Aa,extra,,more\n"
                + "b@x.org,Bee\n"
                + "c@x.org,C,Cc,,  \n");

        assertThat(results(v)).containsExactly("1 a@x.org failed", "2 b@x.org promoted", "3 c@x.org promoted");
        assertThat(messages(row(v, 1))).containsExactly(
                "this row has cells beyond the last column (column 4 'extra', column 6 'more'); its values have probably shifted");
        assertThat(f.member(c, "b@x.org").firstName()).isEqualTo("Bee");
        assertThat(f.member(c, "b@x.org").lastName()).isEqualTo("Stored");
        assertThat(f.liveEmails(c)).containsExactly("a@x.org");
        assertThat(f.promotedMembers(c)).containsOnlyKeys("b@x.org", "c@x.org");
    }

    @Test
    void anEmailNoPersonOfTheCommunityHasFailsAndCreatesNothing() {
        Community c = f.community();
        Community other = f.community();
        f.lead(other, "Eve", "Else", "eve@x.org", "Eve Co");
        f.lead(c, "Ann", "Able", "ann@x.org", null);

        PromotionView v = f.run(c, "email,company_name\neve@x.org,Eve Co\nann.changed@x.org,Ann Co\n,Nobody Co\n");

        assertThat(results(v)).containsExactly("1 eve@x.org failed", "2 ann.changed@x.org failed", "3 null failed");
        assertThat(messages(row(v, 1))).containsExactly("no lead or contact has this email");
        assertThat(messages(row(v, 2))).containsExactly("no lead or contact has this email");
        assertThat(messages(row(v, 3))).containsExactly("this row has no email, so no lead or contact can be found");
        assertThat(row(v, 1).get("memberId").isNull()).isTrue();
        assertThat(f.members(c)).isEmpty();
        assertThat(f.teams(c)).isEmpty();
        assertThat(f.liveEmails(c)).containsExactly("ann@x.org");
        assertThat(f.liveEmails(other)).containsExactly("eve@x.org");
    }

    @Test
    void theSameEmailTwiceFailsLaterRowsNamingTheFirstWhateverItsResult() {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", null);
        f.lead(c, "Bob", "Byte", "bob@x.org", null);
        f.group(c, "Group Blue");

        PromotionView v = f.run(c, "email,Room Permissions\n"
                + " ADA@x.org ,Nope\n"
                + "ada@x.org,Group Blue\n"
                + "bob@x.org,\n"
                + "B0b@x.org,\n"
                + "BOB@X.ORG  ,Group Blue\n");

        assertThat(results(v)).containsExactly("1 ADA@x.org failed", "2 ada@x.org failed", "3 bob@x.org promoted",
                "4 B0b@x.org failed", "5 BOB@X.ORG failed");
        assertThat(messages(row(v, 2))).containsExactly("the same email is already in row 1; only that row is processed");
        assertThat(messages(row(v, 4))).containsExactly("no lead or contact has this email");
        assertThat(messages(row(v, 5))).containsExactly("the same email is already in row 3; only that row is processed");
        assertThat(f.liveEmails(c)).containsExactly("ada@x.org");
        assertThat(f.groupsOf(f.member(c, "bob@x.org").id())).isEmpty();
    }

    @Test
    void aFailedRowLeavesNoTeamMemberGroupLinkOrCustomFieldAndItsPersonStays() {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", "Doomed Co");
        f.lead(c, "Bob", "Byte", "bob@x.org", null);
        f.group(c, "Group Blue");

        PromotionView v = f.run(c, "email,company_name,Room Permissions,Key Fob\n"
                + "ada@x.org,Doomed Co,\"Group Blue, Nope\",7\n"
                + "bob@x.org,Fine Co,Group Blue,8\n");

        JsonNode ada = row(v, 1);
        assertThat(ada.get("result").asText()).isEqualTo("failed");
        assertThat(ada.get("memberId").isNull()).isTrue();
        assertThat(ada.get("teamCreated").asBoolean()).isFalse();
        assertThat(ada.get("teamAdmin").asBoolean()).isFalse();
        assertThat(ada.has("groups")).as("a failed row shows no extension's fields").isFalse();
        assertThat(ada.has("customFields")).isFalse();
        assertThat(f.teams(c)).containsOnlyKeys("Fine Co");
        assertThat(f.promotedMembers(c)).containsOnlyKeys("bob@x.org");
        assertThat(f.memberGroupLinks(c)).isEqualTo(1);
        assertThat(f.customFieldRows(c)).isEqualTo(1);
        assertThat(f.liveEmails(c)).containsExactly("ada@x.org");
    }

    /** Its own table, for {@link Exploder}. */
    static final ExtensionMigration EXPLODER_CHANGELOG =
            new ExtensionMigration("com/promote/engine/promotions/exploder-changelog.sql", PromotionContract.class);

    /**
     * An extension whose part of a row fails after the core and other extensions handed theirs
     * over: "boom" throws while handing over, "long" hands over a value its table cannot hold.
     */
    static final class Exploder implements RowExtension<String> {
        @Override
        public String name() {
            return "exploder";
        }

        @Override
        public int order() {
            return 500;
        }

        @Override
        public Set<String> ownedColumns() {
            return Set.of("Explode");
        }

        @Override
        public Set<String> tables() {
            return Set.of("exploder_notes");
        }

        @Override
        public PlanResult<String> plan(RowCells cells, PlanContext context) {
            return PlanResult.of(cells.get("Explode").orElse(""), Map.of());
        }

        @Override
        public void write(String plan, PromotedRow row, Writes writes) {
            writes.insertInto("exploder_notes").set("member_id", row.memberId())
                    .set("note", plan.equals("long") ? "w".repeat(201) : "written by exploder");
            if (plan.equals("boom")) {
                throw new IllegalStateException("kaboom");
            }
        }
    }

    @Test
    void aRowFailingWhileWritingIsRolledBackAloneAndTheNextPromotedRowCreatesItsTeam() {
        new Migrator(db.dataSource()).migrate(List.of(EXPLODER_CHANGELOG));
        ExtensionRegistry registry = new ExtensionRegistry(List.of(new RoomPermissionsExtension(),
                new CustomFieldsExtension(), new Exploder()));
        Fixture small = new Fixture(db.jdbi(), registry, 3, 1 << 20);
        Community c = small.community();
        for (String who : List.of("a", "b", "c", "d", "e", "f")) {
            small.lead(c, who.toUpperCase(), "Doe", who + "@x.org", null);
        }
        small.group(c, "Group Blue");

        PromotionView v = small.run(c, "email,company_name,Room Permissions,Key Fob,Explode\n"
                + "a@x.org,Solo,,,\n"
                + "b@x.org,Boom Co,Group Blue,7,boom\n"
                + "c@x.org,Boom Co,Group Blue,8,\n"
                + "d@x.org,Boom Co,,,boom\n"
                + "e@x.org,Boom Co,,,\n"
                + "f@x.org,Solo,,,long\n");

        assertThat(results(v)).containsExactly("1 a@x.org promoted", "2 b@x.org failed", "3 c@x.org promoted",
                "4 d@x.org failed", "5 e@x.org promoted", "6 f@x.org failed");
        assertThat(messages(row(v, 2))).containsExactly(
                "could not be saved (IllegalStateException: kaboom); nothing of this row was written");
        assertThat(messages(row(v, 6))).containsExactly(
                "could not be saved: the value for note is longer than the database allows; nothing of this row was written");
        assertThat(row(v, 2).get("teamCreated").asBoolean()).isFalse();
        assertThat(row(v, 2).has("groups")).as("a failed row shows no extension's fields").isFalse();
        assertThat(row(v, 2).get("memberId").isNull()).isTrue();
        assertThat(List.of(v.promoted(), v.failed(), v.skipped())).containsExactly(3, 3, 0);

        Map<String, Member> members = small.promotedMembers(c);
        assertThat(members).containsOnlyKeys("a@x.org", "c@x.org", "e@x.org");
        Map<String, TeamState> teams = small.teams(c);
        assertThat(teams).containsOnlyKeys("Solo", "Boom Co");
        assertThat(teams.get("Boom Co").adminMemberId()).isEqualTo(members.get("c@x.org").id());
        assertThat(teams.get("Boom Co").memberIds()).containsExactly(members.get("c@x.org").id(), members.get("e@x.org").id());
        assertThat(teams.get("Solo").memberIds()).containsExactly(members.get("a@x.org").id());
        assertThat(row(v, 3).get("teamCreated").asBoolean()).isTrue();
        assertThat(row(v, 3).get("teamAdmin").asBoolean()).isTrue();
        assertThat(row(v, 5).get("teamAdmin").asBoolean()).isFalse();
        assertThat(small.liveEmails(c)).containsExactly("b@x.org", "d@x.org", "f@x.org");
        assertThat(small.memberGroupLinks(c)).isEqualTo(1);
        assertThat(small.groupsOf(members.get("c@x.org").id())).containsExactly("Group Blue");
        assertThat(small.customFields(members.get("c@x.org").id())).isEqualTo(Map.of("Key Fob", "8"));
        assertThat(small.customFieldRows(c)).isEqualTo(1);
        List<Long> noted = db.jdbi().withHandle(h -> h.createQuery("SELECT n.member_id FROM exploder_notes n"
                + " JOIN members m ON m.id = n.member_id WHERE m.community_id = :c ORDER BY n.member_id")
                .bind("c", c.id()).mapTo(Long.class).list());
        assertThat(noted).as("the rows that failed left no note")
                .containsExactly(members.get("a@x.org").id(), members.get("c@x.org").id(), members.get("e@x.org").id());
    }

    // ---- Teams --------------------------------------------------------------------------

    @Test
    void anExistingTeamIsJoinedAsAPlainMemberAndKeepsItsAdmin() {
        Community c = f.community();
        Fixture.ExistingTeam acme = f.team(c, "Acme");
        f.lead(c, "Ann", "Able", "ann@x.org", "Something Else");
        f.lead(c, "Bob", "Byte", "bob@x.org", null);

        PromotionView v = f.run(c, "email,Team Name\nann@x.org,Acme\nbob@x.org,   Acme  \n");

        for (int n = 1; n <= 2; n++) {
            JsonNode r = row(v, n);
            assertThat(r.get("result").asText()).isEqualTo("promoted");
            assertThat(r.get("teamId").asLong()).isEqualTo(acme.id());
            assertThat(r.get("teamName").asText()).isEqualTo("Acme");
            assertThat(r.get("teamCreated").asBoolean()).isFalse();
            assertThat(r.get("teamAdmin").asBoolean()).isFalse();
        }
        TeamState team = f.teams(c).get("Acme");
        assertThat(f.teams(c)).containsOnlyKeys("Acme");
        assertThat(team.adminMemberId()).isEqualTo(acme.adminMemberId());
        assertThat(team.memberIds()).containsExactly(acme.adminMemberId(), f.member(c, "ann@x.org").id(),
                f.member(c, "bob@x.org").id());
    }

    @Test
    void aNewTeamIsCreatedOnceWithTheFirstPromotedRowAsAdminAcrossBatches() {
        Fixture small = new Fixture(db.jdbi(), f.registry, 3, 1 << 20);
        Community c = small.community();
        small.group(c, "Group Blue");
        for (String who : List.of("x", "y", "z", "w", "v", "u")) {
            small.lead(c, who.toUpperCase(), "Doe", who + "@x.org", null);
        }

        PromotionView v = small.run(c, "email,company_name,Room Permissions\n"
                + "x@x.org,New Co,Nope\n"
                + "nobody@x.org,New Co,\n"
                + "y@x.org,Other Co,\n"
                + "z@x.org,New Co,Group Blue\n"
                + "w@x.org,New Co,\n"
                + "v@x.org,New Co,\n"
                + "u@x.org,New Co,\n");

        Map<String, Member> m = small.promotedMembers(c);
        Map<String, TeamState> teams = small.teams(c);
        assertThat(teams).containsOnlyKeys("New Co", "Other Co");
        TeamState newCo = teams.get("New Co");
        assertThat(newCo.adminMemberId()).isEqualTo(m.get("z@x.org").id());
        assertThat(newCo.memberIds()).containsExactly(m.get("z@x.org").id(), m.get("w@x.org").id(),
                m.get("v@x.org").id(), m.get("u@x.org").id());
        assertThat(teams.get("Other Co").adminMemberId()).isEqualTo(m.get("y@x.org").id());
        assertThat(row(v, 1).get("teamCreated").asBoolean()).isFalse();
        assertThat(row(v, 4).get("teamCreated").asBoolean()).isTrue();
        assertThat(row(v, 4).get("teamAdmin").asBoolean()).isTrue();
        for (int n = 5; n <= 7; n++) {
            assertThat(row(v, n).get("teamCreated").asBoolean()).isFalse();
            assertThat(row(v, n).get("teamAdmin").asBoolean()).isFalse();
            assertThat(row(v, n).get("teamId").asLong()).isEqualTo(newCo.id());
        }
    }

    @Test
    void withoutATeamNameTheTeamIsNamedAfterThePerson() {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", "Stored Co");
        f.lead(c, "Grace", "Hopper", "grace@x.org", "Navy");
        f.lead(c, null, null, "linus.t@x.org", null);
        f.lead(c, "Mono", null, "mono@x.org", null);
        f.lead(c, "Stored", "Company", "sc@x.org", "Kept Co");
        f.lead(c, "No", "Company", "nc@x.org", null);

        PromotionView v = f.run(c, "email,first_name,last_name,company_name\n"
                + "ada@x.org,,,\n"
                + "grace@x.org,Amazing,Grace,  \n"
                + "linus.t@x.org,,,\n"
                + "mono@x.org,,,\n");
        PromotionView w = f.run(c, "email,first_name\nsc@x.org,\nnc@x.org,Nico\n");

        assertThat(List.of(row(v, 1), row(v, 2), row(v, 3), row(v, 4), row(w, 1), row(w, 2)))
                .extracting(r -> r.get("teamName").asText())
                .containsExactly("Ada Lovelace's Team", "Amazing Grace's Team", "linus.t's Team", "Mono's Team",
                        "Kept Co", "Nico Company's Team");
        assertThat(f.teams(c)).containsOnlyKeys("Ada Lovelace's Team", "Amazing Grace's Team", "linus.t's Team",
                "Mono's Team", "Kept Co", "Nico Company's Team");
        assertThat(f.teams(c).get("linus.t's Team").adminMemberId()).isEqualTo(f.member(c, "linus.t@x.org").id());
    }

    @Test
    void aTeamNameDifferingOnlyInCaseOrSpacingIsNewAndThePreviewWarns() {
        Community c = f.community();
        Fixture.ExistingTeam acme = f.team(c, "Acme Corp");
        f.lead(c, "Ann", "Able", "ann@x.org", null);
        String file = "email,company\nann@x.org,acme   corp\n";

        PromotionView preview = f.preview(c, file);
        JsonNode r = row(preview, 1);
        assertThat(r.get("result").asText()).isEqualTo("would_promote");
        assertThat(r.get("teamCreated").asBoolean()).isTrue();
        assertThat(messages(r)).containsExactly("the team 'acme   corp' will be new: the existing team 'Acme Corp'"
                + " differs only in case or spacing (team names must match exactly)");

        f.run(c, file);
        assertThat(f.teams(c)).containsOnlyKeys("Acme Corp", "acme   corp");
        assertThat(f.teams(c).get("Acme Corp").memberIds()).containsExactly(acme.adminMemberId());
        assertThat(f.teams(c).get("acme   corp").adminMemberId()).isEqualTo(f.member(c, "ann@x.org").id());
    }

    // ---- Room Permissions ---------------------------------------------------------------

    @Test
    void roomPermissionsMatchTrimmedNamesExactlyAndAnUnknownGroupFailsTheRow() {
        Community c = f.community();
        f.group(c, "Group Red");
        f.group(c, "Group Blue");
        f.group(c, "Lounge");
        for (String who : List.of("a", "b", "c", "d")) {
            f.lead(c, who.toUpperCase(), "Doe", who + "@x.org", null);
        }

        PromotionView v = f.run(c, "email,Room Permissions\n"
                + "a@x.org,\"  Group Blue ,Group Red , \"\n"
                + "b@x.org,group blue\n"
                + "c@x.org,\n"
                + "d@x.org,\"Lounge, Attic, Cellar\"\n");

        assertThat(results(v)).containsExactly("1 a@x.org promoted", "2 b@x.org failed", "3 c@x.org promoted",
                "4 d@x.org failed");
        assertThat(row(v, 1).get("groups")).isEqualTo(json("[\"Group Blue\",\"Group Red\"]"));
        assertThat(messages(row(v, 2))).containsExactly(
                "there is no group named 'group blue'; groups that exist: Group Blue, Group Red, Lounge");
        assertThat(messages(row(v, 4))).containsExactly(
                "there is no group named 'Attic'; groups that exist: Group Blue, Group Red, Lounge",
                "there is no group named 'Cellar'; groups that exist: Group Blue, Group Red, Lounge");
        assertThat(row(v, 4).get("problems").get(0).get("column").asText()).isEqualTo("Room Permissions");
        assertThat(f.groupsOf(f.member(c, "a@x.org").id())).containsExactly("Group Blue", "Group Red");
        assertThat(f.groupsOf(f.member(c, "c@x.org").id())).isEmpty();
        assertThat(f.memberGroupLinks(c)).isEqualTo(2);
        assertThat(f.liveEmails(c)).containsExactly("b@x.org", "d@x.org");
    }

    // ---- Custom fields ------------------------------------------------------------------

    @Test
    void unclaimedColumnsBecomeTextCustomFieldsNamedByTheHeaderAsWritten() {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", null);
        f.lead(c, "Bob", "Byte", "bob@x.org", null);

        PromotionView v = f.run(c, "email,  Key Fob  ,Locker Code,Desk,Formula,phone\n"
                + "ada@x.org,  42 ,007,,'=SUM(A1),'+1 555 0100\n"
                + "bob@x.org,,,,,\n");

        Member ada = f.member(c, "ada@x.org");
        assertThat(f.customFields(ada.id())).isEqualTo(Map.of("Key Fob", "42", "Locker Code", "007",
                "Formula", "=SUM(A1)"));
        assertThat(row(v, 1).get("customFields")).isEqualTo(json(
                "{\"Key Fob\":\"42\",\"Locker Code\":\"007\",\"Formula\":\"=SUM(A1)\"}"));
        assertThat(ada.phone()).isEqualTo("+1 555 0100");
        assertThat(f.customFields(f.member(c, "bob@x.org").id())).isEmpty();
        assertThat(row(v, 2).get("customFields")).isEmpty();
        assertThat(v.columns()).contains(col("Key Fob", "custom_field"), col("Desk", "custom_field"));
    }

    // ---- Dry run, re-upload, batches -----------------------------------------------------

    @Test
    void aDryRunWritesNothingAndReportsTheDecisionsTheRealRunThenMakes() {
        Fixture small = new Fixture(db.jdbi(), f.registry, 2, 1 << 20);
        Community c = small.community();
        Fixture.ExistingTeam acme = small.team(c, "Acme");
        small.group(c, "Group Blue");
        for (String who : List.of("a", "b", "c", "e")) {
            small.lead(c, who.toUpperCase(), "Doe", who + "@x.org", null);
        }
        String file = "email,company_name,Room Permissions,Key Fob\n"
                + "a@x.org,Acme,Group Blue,1\n"
                + "b@x.org,New Co,,2\n"
                + "c@x.org,New Co,Group Blue,\n"
                + "nobody@x.org,New Co,,\n"
                + "e@x.org,Third Co,Nope,\n"
                + ",,,\n";

        PromotionView preview = small.preview(c, file);

        assertThat(preview.dryRun()).isTrue();
        assertThat(results(preview)).containsExactly("1 a@x.org would_promote", "2 b@x.org would_promote",
                "3 c@x.org would_promote", "4 nobody@x.org failed", "5 e@x.org failed", "6 null skipped");
        assertThat(List.of(preview.promoted(), preview.wouldPromote(), preview.failed(), preview.skipped(),
                preview.totalRows())).containsExactly(0, 3, 2, 1, 6);
        assertThat(row(preview, 1).get("teamId").asLong()).isEqualTo(acme.id());
        assertThat(row(preview, 1).get("groups")).isEqualTo(json("[\"Group Blue\"]"));
        assertThat(row(preview, 2).get("customFields")).isEqualTo(json("{\"Key Fob\":\"2\"}"));
        assertThat(small.members(c)).hasSize(1);
        assertThat(small.teams(c)).containsOnlyKeys("Acme");
        assertThat(small.liveEmails(c)).containsExactly("a@x.org", "b@x.org", "c@x.org", "e@x.org");
        assertThat(small.memberGroupLinks(c) + small.customFieldRows(c)).isZero();

        PromotionView real = small.run(c, file);

        assertThat(List.of(real.promoted(), real.wouldPromote(), real.failed(), real.skipped()))
                .containsExactly(3, 0, 2, 1);
        for (int n = 1; n <= 6; n++) {
            JsonNode p = row(preview, n);
            JsonNode r = row(real, n);
            assertThat(r.get("result").asText()).isEqualTo(p.get("result").asText().replace("would_promote", "promoted"));
            for (String field : List.of("teamName", "teamCreated", "teamAdmin", "groups", "customFields", "messages")) {
                assertThat(r.get(field)).as("row %d %s", n, field).isEqualTo(p.get(field));
            }
        }
        assertThat(small.teams(c).get("New Co").adminMemberId()).isEqualTo(small.member(c, "b@x.org").id());
    }

    @Test
    void uploadingTheSameFileAgainPromotesNothingTwice() {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", "Engines");
        f.lead(c, "Bob", "Byte", "bob@x.org", "Engines");
        String file = "email,Key Fob\nada@x.org,1\nbob@x.org,2\n";

        PromotionView first = f.run(c, file);
        PromotionView again = f.run(c, file);

        assertThat(first.promoted()).isEqualTo(2);
        assertThat(List.of(again.promoted(), again.failed())).containsExactly(0, 2);
        assertThat(messages(row(again, 1))).containsExactly("no lead or contact has this email");
        assertThat(f.promotedMembers(c)).hasSize(2);
        assertThat(f.teams(c).get("Engines").memberIds()).hasSize(2);
        assertThat(f.customFieldRows(c)).isEqualTo(2);
    }

    @Test
    void onboardingEmailsAreQueuedOncePerPromotedMemberWhenAsked() throws IOException {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", null);
        f.lead(c, "Bob", "Byte", "bob@x.org", null);
        Promotion p = f.service.upload(c, Fixture.ADMIN_ID, "x.csv",
                new java.io.ByteArrayInputStream("email\nada@x.org\nbob@x.org\nnobody@x.org\n".getBytes()), false, true);

        f.finish(c, p);

        assertThat(f.count("SELECT COUNT(*) FROM onboarding_emails WHERE community_id = :c", c)).isEqualTo(2);
    }

    // ---- File shapes ----------------------------------------------------------------------

    @Test
    void semicolonAndTabSeparatedFilesAndCrlfLineEndsAreRead() {
        Community c = f.community();
        f.group(c, "Group Blue");
        f.group(c, "Group Red");
        for (String who : List.of("a", "b", "c", "d")) {
            f.lead(c, who.toUpperCase(), "Doe", who + "@x.org", null);
        }

        PromotionView semi = f.run(c, "email;first_name;Room Permissions\na@x.org;Ann;Group Blue, Group Red\n");
        PromotionView tab = f.run(c, "email\tfirst_name\tcompany_name\nb@x.org\tBea\tTab, Inc.\n");
        PromotionView crlf = f.run(c, "email,first_name\r\nc@x.org,Cy\r\n\r\nd@x.org,Di\r\n");

        assertThat(row(semi, 1).get("groups")).isEqualTo(json("[\"Group Blue\",\"Group Red\"]"));
        assertThat(f.member(c, "a@x.org").firstName()).isEqualTo("Ann");
        assertThat(row(tab, 1).get("teamName").asText()).isEqualTo("Tab, Inc.");
        assertThat(f.member(c, "b@x.org").firstName()).isEqualTo("Bea");
        assertThat(crlf.totalRows()).isEqualTo(2);
        assertThat(results(crlf)).containsExactly("1 c@x.org promoted", "2 d@x.org promoted");
        assertThat(f.member(c, "d@x.org").firstName()).isEqualTo("Di");
    }

    @Test
    void utf8WithBomAndWindows1252AreRead() {
        Community c = f.community();
        f.lead(c, "A", "Doe", "a@x.org", null);
        f.lead(c, "B", "Doe", "b@x.org", null);
        String text = "email,first_name,last_name\n%s,Zoë,Müller\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        PromotionView utf8 = f.run(c, "bom.csv", concat(bom, String.format(text, "a@x.org").getBytes(StandardCharsets.UTF_8)));
        byte[] cp1252 = String.format(text, "b@x.org").getBytes(Charset.forName("windows-1252"));
        assertThat(cp1252).contains((byte) 0xEB);
        PromotionView ansi = f.run(c, "ansi.csv", cp1252);

        assertThat(utf8.columns().get(0)).isEqualTo(col("email", "core"));
        assertThat(utf8.promoted()).isEqualTo(1);
        assertThat(ansi.promoted()).isEqualTo(1);
        for (String email : List.of("a@x.org", "b@x.org")) {
            assertThat(f.member(c, email).firstName()).isEqualTo("Zoë");
            assertThat(f.member(c, email).lastName()).isEqualTo("Müller");
        }
    }

    /**
     * The upload check keeps the encoding it told, so the runner reads the first rows at once; a
     * promotion stored without it (uploaded before it was kept) has it told again when run.
     */
    @Test
    void theEncodingToldAtUploadIsKeptAndAPromotionWithoutItIsToldAgain() {
        Community c = f.community();
        String text = "email,first_name,last_name\n%s,Zoë,Müller\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ansi@x.org", String.format(text, "ansi@x.org").getBytes(Charset.forName("windows-1252")));
        files.put("bom@x.org", concat(bom, String.format(text, "bom@x.org").getBytes(StandardCharsets.UTF_8)));
        files.put("plain@x.org", String.format(text, "plain@x.org").getBytes(StandardCharsets.UTF_8));
        files.put("old-ansi@x.org", String.format(text, "old-ansi@x.org").getBytes(Charset.forName("windows-1252")));
        Map<String, String> kept = new LinkedHashMap<>();
        files.forEach((email, file) -> {
            f.lead(c, "A", "Doe", email, null);
            Promotion p = f.upload(c, email + ".csv", file, false);
            kept.put(email, db.jdbi().withHandle(h -> h.createQuery("SELECT file_encoding FROM promotions WHERE id = :p")
                    .bind("p", p.id()).mapTo(String.class).one()));
            if (email.startsWith("old-")) {
                db.jdbi().useHandle(h -> h.createUpdate("UPDATE promotions SET file_encoding = NULL WHERE id = :p")
                        .bind("p", p.id()).execute());
            }
            assertThat(f.finish(c, p).promoted()).as(email).isEqualTo(1);
            assertThat(f.member(c, email).firstName()).as(email).isEqualTo("Zoë");
            assertThat(f.member(c, email).lastName()).as(email).isEqualTo("Müller");
        });
        assertThat(kept).containsExactly(Map.entry("ansi@x.org", "Windows-1252"), Map.entry("bom@x.org", "UTF-8 (BOM)"),
                Map.entry("plain@x.org", "UTF-8"), Map.entry("old-ansi@x.org", "Windows-1252"));
    }

    @Test
    void utf16BinaryAndUnknownEncodingsAreUnsupported() {
        Community c = f.community();
        f.lead(c, "A", "Doe", "a@x.org", null);
        String text = "email,first_name\na@x.org,Zoë\n";

        for (byte[] file : List.of(text.getBytes(StandardCharsets.UTF_16), text.getBytes(StandardCharsets.UTF_16LE),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D},
                concat("email,first_name\na@x.org,".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81, '\n'}))) {
            rejected(() -> f.upload(c, "odd.csv", file, false), ErrorKind.UNSUPPORTED_FILE);
        }
        assertNothingRecorded(c, List.of("a@x.org"));
    }

    @Test
    void unbalancedQuotesRejectTheFileSayingWhere() {
        Community c = f.community();
        f.lead(c, "A", "Doe", "a@x.org", null);

        PromoteException e = rejected(() -> f.upload(c, "email,first_name\na@x.org,Ann\nb@x.org,\"Bo\nc@x.org,Cy\n", false),
                ErrorKind.FILE_REJECTED);

        assertThat(e.getMessage()).contains("people.csv").contains("line").contains("unbalanced");
        assertNothingRecorded(c, List.of("a@x.org"));
    }

    @Test
    void anOverLimitUploadIsRefusedAsSoonAsTheLimitIsCrossed() {
        Fixture limited = new Fixture(db.jdbi(), f.registry, 500, 200_000);
        Community c = limited.community();
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                served.addAndGet(len);
                return len;
            }
        };

        PromoteException e = rejected(() -> limited.service.upload(c, 1, "big.csv", endless, false, false),
                ErrorKind.FILE_TOO_LARGE);

        assertThat(e.getMessage()).contains("big.csv");
        assertThat(served.get()).isLessThan(200_000 + 128 * 1024);
        assertThat(limited.promotionCount(c)).isZero();
    }

    @Test
    void aCommunityWithASettingNoInstalledExtensionServesRefusesUploads() {
        Community c = f.community(true);
        f.lead(c, "A", "Doe", "a@x.org", null);

        PromoteException e = rejected(() -> f.upload(c, "email,Plans\na@x.org,Gold\n", false), ErrorKind.REFUSED);

        assertThat(e.getMessage()).contains("billingEnabled on, but no extension installed on this server serves it");
        assertNothingRecorded(c, List.of("a@x.org"));
    }

    // ---- Results ------------------------------------------------------------------------

    @Test
    void resultsCsvHasTheOriginalColumnsPlusResultAndMessageWithFormulasNeutralised() throws IOException {
        Community c = f.community();
        f.lead(c, "A", "Doe", "a@x.org", null);
        f.lead(c, "B", "Doe", "b@x.org", null);

        PromotionView v = f.run(c, "email;first_name;Notes\n"
                + "a@x.org;'=SUM(1);hi\n"
                + "nobody@x.org;@evil;-2\n"
                + ";;\n"
                + "b@x.org;+1;\"x\ny\"\n");

        List<List<String>> csv = parseCsv(f.resultsCsv(c, v.id()));
        assertThat(csv).containsExactly(
                List.of("email", "first_name", "Notes", "result", "message"),
                List.of("a@x.org", "'=SUM(1)", "hi", "promoted", ""),
                List.of("nobody@x.org", "'@evil", "'-2", "failed", "no lead or contact has this email"),
                List.of("", "", "", "skipped", ""),
                List.of("b@x.org", "'+1", "x\ny", "promoted", ""));
        assertThat(f.member(c, "a@x.org").firstName()).isEqualTo("=SUM(1)");
        assertThat(f.member(c, "b@x.org").firstName()).isEqualTo("+1");

        PromotionView failedOnly = f.service.view(c.id(), v.id(), 1, "failed");
        assertThat(results(failedOnly)).containsExactly("2 nobody@x.org failed");
        assertThat(failedOnly.failed()).isEqualTo(1);
        assertThat(failedOnly.totalRows()).isEqualTo(4);
        assertThat(results(f.service.view(c.id(), v.id(), 3, null))).containsExactly("3 null skipped",
                "4 b@x.org promoted");
        rejected(() -> f.service.view(c.id(), v.id(), 1, "bogus"), ErrorKind.INVALID);
        rejected(() -> f.service.view(f.community().id(), v.id(), 1, null), ErrorKind.NOT_FOUND);
    }

    @Test
    void resultsCsvKeepsResultAndMessageUnderTheirHeadersWhenARowHasExtraCells() throws IOException {
        Community c = f.community();
        f.lead(c, "A", "Doe", "a@x.org", null);
        f.lead(c, "B", "Doe", "b@x.org", null);

        PromotionView v = f.run(c, "email,first_name\na@x.org,Ann,,\nb@x.org,Bo,surprise\n");

        assertThat(results(v)).containsExactly("1 a@x.org promoted", "2 b@x.org failed");
        List<List<String>> csv = parseCsv(f.resultsCsv(c, v.id()));
        assertThat(csv.get(0)).containsExactly("email", "first_name", "result", "message");
        assertThat(csv.get(1)).containsExactly("a@x.org", "Ann", "promoted", "");
        assertThat(csv.get(2)).containsExactly("b@x.org", "Bo", "failed",
                "this row has cells beyond the last column (column 3 'surprise'); its values have probably shifted");
    }

    @Test
    void anOverlongEmailOrTeamNameFailsOnlyItsRow() {
        Fixture small = new Fixture(db.jdbi(), f.registry, 10, 1 << 20);
        Community c = small.community();
        small.lead(c, "A", "Doe", "a@x.org", null);
        small.lead(c, "B", "Doe", "b@x.org", null);
        small.lead(c, "C", "Doe", "c@x.org", null);
        String longEmail = "x".repeat(400) + "@x.org";
        String longTeam = "T".repeat(301);

        PromotionView v = small.run(c, "email,company_name\na@x.org,Fine\n" + longEmail + ",Fine\nb@x.org,"
                + longTeam + "\nc@x.org,Fine\n");

        assertThat(v.status()).isEqualTo(Promotion.SUCCEEDED);
        assertThat(List.of(v.promoted(), v.failed())).containsExactly(2, 2);
        assertThat(row(v, 2).get("result").asText()).isEqualTo("failed");
        assertThat(messages(row(v, 2))).containsExactly("no lead or contact has this email");
        assertThat(messages(row(v, 3))).containsExactly("the team name is longer than 300 characters");
        assertThat(small.promotedMembers(c)).containsOnlyKeys("a@x.org", "c@x.org");
        assertThat(small.liveEmails(c)).containsExactly("b@x.org");
    }

    @Test
    void anOverlongNameNoteOrCustomFieldFailsOnlyItsRowInPreviewAndRunAlike() {
        Fixture small = new Fixture(db.jdbi(), f.registry, 10, 1 << 20);
        Community c = small.community();
        for (String who : List.of("a", "b", "c", "d", "e")) {
            small.lead(c, who.toUpperCase(), "Doe", who + "@x.org", null);
        }
        String huge = "n".repeat(70_000);

        PromotionView v = small.run(c, "email,first_name,notes,Bio\n"
                + "a@x.org,Ann,,\n"
                + "b@x.org," + "B".repeat(201) + ",,\n"
                + "c@x.org,Cy," + huge + ",\n"
                + "d@x.org,Di,," + huge + "\n"
                + "e@x.org,Ed,,short\n");

        assertThat(v.status()).isEqualTo(Promotion.SUCCEEDED);
        assertThat(results(v)).containsExactly("1 a@x.org promoted", "2 b@x.org failed", "3 c@x.org failed",
                "4 d@x.org failed", "5 e@x.org promoted");
        assertThat(messages(row(v, 2))).containsExactly("the first name is longer than 200 characters");
        assertThat(messages(row(v, 3))).containsExactly("the notes are longer than 65535 bytes");
        assertThat(messages(row(v, 4))).containsExactly("the value of custom field 'Bio' is longer than 65535 bytes,"
                + " the most a custom field holds");
        assertThat(small.customFields(small.member(c, "e@x.org").id())).isEqualTo(Map.of("Bio", "short"));
        assertThat(small.liveEmails(c)).containsExactly("b@x.org", "c@x.org", "d@x.org");

        PromotionView preview = small.preview(c, "email,first_name,notes,Bio\na@x.org,Ann,,\nb@x.org,"
                + "B".repeat(201) + ",,\n");
        assertThat(results(preview)).containsExactly("1 a@x.org failed", "2 b@x.org failed");
        assertThat(messages(row(preview, 2))).containsExactly("the first name is longer than 200 characters");
    }

    @Test
    void theLeadsReportRoundTripsThroughAnUploadUnchanged() throws IOException {
        Community c = f.community();
        f.person(c, new NewPerson("lead", "=Ada", "Lovelace", "ada@x.org", "+1 555 0100", "@Engines", "-web",
                "=notes", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 20)));
        f.person(c, new NewPerson("contact", "Bob", "Byte", "bob@x.org", null, null, null, null, null, null));
        java.io.ByteArrayOutputStream report = new java.io.ByteArrayOutputStream();
        new com.promote.engine.crm.ReportExporter(db.jdbi()).write(c.id(), "lead", report);
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("'=Ada").contains("'+1 555 0100");

        PromotionView v = f.run(c, "leads.csv", report.toByteArray());

        assertThat(results(v)).containsExactly("1 ada@x.org promoted");
        assertThat(v.columns()).allSatisfy(col -> assertThat(col.get("readAs")).isIn("core", "ignored"));
        Member ada = f.member(c, "ada@x.org");
        assertThat(List.of(ada.firstName(), ada.lastName(), ada.phone(), ada.source(), ada.notes()))
                .containsExactly("=Ada", "Lovelace", "+1 555 0100", "-web", "=notes");
        assertThat(f.teams(c)).containsOnlyKeys("@Engines");
        assertThat(f.customFields(ada.id())).isEmpty();
        assertThat(f.liveEmails(c)).containsExactly("bob@x.org");
    }

    @Test
    void hugeCellsFailTheirRowInAPreviewAndARealRunAlike() {
        Fixture small = new Fixture(db.jdbi(), f.registry, 10, 1 << 20);
        Community c = small.community();
        for (String who : List.of("a", "b", "c")) {
            small.lead(c, who.toUpperCase(), "Doe", who + "@x.org", null);
        }
        String big = "n".repeat(40_000);
        String file = "email,Bio,Essay\na@x.org,short,\nb@x.org," + big + "," + big + "\nc@x.org,n" + big + big + ",\n";

        PromotionView preview = small.preview(c, file);
        PromotionView real = small.run(c, file);

        assertThat(results(preview)).containsExactly("1 a@x.org would_promote", "2 b@x.org would_promote",
                "3 c@x.org failed");
        assertThat(results(real)).containsExactly("1 a@x.org promoted", "2 b@x.org promoted", "3 c@x.org failed");
        for (PromotionView v : List.of(preview, real)) {
            assertThat(messages(row(v, 3))).containsExactly("the value of custom field 'Bio' is longer than 65535 bytes,"
                    + " the most a custom field holds");
            assertThat(row(v, 3).get("problems").get(0).get("column").asText()).isEqualTo("Bio");
        }
        assertThat(small.customFields(small.member(c, "b@x.org").id())).isEqualTo(Map.of("Bio", big, "Essay", big));
        assertThat(small.liveEmails(c)).containsExactly("c@x.org");
    }

    // ---- helpers ------------------------------------------------------------------------

    private void assertNothingRecorded(Community c, List<String> stillLive) {
        assertThat(f.promotionCount(c)).isZero();
        assertThat(f.members(c)).isEmpty();
        assertThat(f.teams(c)).isEmpty();
        assertThat(f.liveEmails(c)).containsExactlyElementsOf(stillLive);
    }

    private static PromoteException rejected(ThrowingCallable call, ErrorKind kind) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(PromoteException.class);
        PromoteException e = (PromoteException) t;
        assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
        return e;
    }

    private static List<String> results(PromotionView v) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : v.rows()) {
            out.add(r.get("row").asInt() + " " + (r.get("email").isNull() ? "null" : r.get("email").asText()) + " "
                    + r.get("result").asText());
        }
        return out;
    }

    private static Map<String, String> col(String header, String readAs) {
        return Map.of("header", header, "readAs", readAs);
    }

    private static JsonNode json(String text) {
        try {
            return RowResultStore.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<List<String>> parseCsv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> out = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).with(CsvSchema.emptySchema())
                .readValues(text)) {
            while (it.hasNextValue()) {
                out.add(it.nextValue());
            }
        }
        return out;
    }
}
