package com.promote.engine.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promote.engine.clock.PromoteClock;
import com.promote.engine.communities.Community;
import com.promote.engine.crm.Person;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.promotions.PromotionView;
import com.promote.engine.testing.CoreSchema;
import com.promote.engine.testing.Fixture;
import com.promote.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** SPEC.md "Undo" through UndoService on a real database; one subclass per kind. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UndoContract {
    private TestDatabase db;
    private Fixture f;
    private UndoService undo;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void open() {
        db = CoreSchema.on(TestDatabase.create(kind()));
        f = new Fixture(db.jdbi());
        undo = new UndoService(db.jdbi(), PromoteClock.fixedAt(Fixture.TODAY));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void previewThenUndoPutsEveryoneBackAndRemovesWhatThePromotionMade() {
        Community c = f.community();
        f.group(c, "Group Blue");
        Fixture.ExistingTeam acme = f.team(c, "Acme");
        long ada = f.lead(c, "Ada", "Lovelace", "ada@x.org", "Engines");
        f.lead(c, "Charles", "Babbage", "charles@x.org", "Acme");
        Person before = f.person(c, ada);
        PromotionView p = f.run(c, "email,first_name,Room Permissions,Key Fob\nada@x.org,Augusta,Group Blue,7\n"
                + "charles@x.org,,,8\n");
        assertThat(p.promoted()).isEqualTo(2);

        UndoReport preview = undo.preview(c, p.id());
        assertThat(preview.restored()).isEqualTo(2);
        assertThat(preview.teamsRemoved()).containsExactly("Engines");
        assertThat(f.members(c)).hasSize(3); // the preview wrote nothing

        UndoProgress queued = undo.start(c, p.id(), Fixture.ADMIN_ID);
        assertThat(queued.status()).isEqualTo("queued");
        assertThat(queued.totalMembers()).isEqualTo(2);
        assertThat(queued.processedMembers()).isZero();
        assertThat(f.members(c)).as("nothing done before the runner takes it").hasSize(3);
        f.runner.runOne();
        UndoProgress done = undo.progress(c.id(), p.id()).orElseThrow();

        assertThat(done.status()).isEqualTo("succeeded");
        assertThat(done.totalMembers()).isEqualTo(2);
        assertThat(done.processedMembers()).isEqualTo(2);
        assertThat(done.startedAt()).isNotNull();
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.restored()).isEqualTo(2);
        assertThat(done.leftAlone()).isEmpty();
        assertThat(done.teamsRemoved()).containsExactly("Engines");
        assertThat(f.liveEmails(c)).containsExactlyInAnyOrder("ada@x.org", "charles@x.org");
        assertThat(f.person(c, ada)).as("the same lead, same id and fields").isEqualTo(before);
        assertThat(f.members(c)).extracting(m -> m.id()).containsExactly(acme.adminMemberId());
        assertThat(f.teams(c).keySet()).containsExactly("Acme");
        assertThat(f.teams(c).get("Acme").adminMemberId()).isEqualTo(acme.adminMemberId());
        assertThat(f.count("SELECT COUNT(*) FROM member_groups mg JOIN room_groups g ON g.id = mg.group_id"
                + " WHERE g.community_id = :c", c)).isZero();
        assertThat(f.count("SELECT COUNT(*) FROM member_custom_fields cf JOIN members m ON m.id = cf.member_id"
                + " WHERE m.community_id = :c", c)).isZero();
        Instant undoneAt = db.jdbi().withHandle(h -> h.createQuery("SELECT undone_at FROM promotions WHERE id = :p")
                .bind("p", p.id()).mapTo(Instant.class).one());
        assertThat(undoneAt).isNotNull();

        // Promoting the restored people again works as the first time did.
        assertThat(f.run(c, "email\nada@x.org\ncharles@x.org\n").promoted()).isEqualTo(2);
    }

    @Test
    void membersChangedSinceAreListedAndLeftAlone() {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", "Engines");
        f.lead(c, "Charles", "Babbage", "charles@x.org", "Engines");
        PromotionView p = f.run(c, "email\nada@x.org\ncharles@x.org\n");
        long ada = f.member(c, "ada@x.org").id();
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE members SET phone = '1', updated_at = :later WHERE id = :m")
                .bind("later", Instant.now().plus(Duration.ofMinutes(5))).bind("m", ada).execute());

        UndoProgress done = f.undo(c, p.id());

        assertThat(done.restored()).isEqualTo(1);
        assertThat(done.processedMembers()).isEqualTo(2);
        assertThat(done.leftAlone()).extracting(UndoReport.LeftAlone::email).containsExactly("ada@x.org");
        assertThat(done.teamsRemoved()).as("Engines keeps Ada").isEmpty();
        assertThat(f.liveEmails(c)).containsExactly("charles@x.org");
        assertThat(f.teams(c).get("Engines").memberIds()).containsExactly(ada);
    }

    @Test
    void onlyAFinishedRealPromotionWithinThirtyDaysOnce() {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", null);
        PromotionView preview = f.preview(c, "email\nada@x.org\n");
        assertThatThrownBy(() -> undo.start(c, preview.id(), Fixture.ADMIN_ID))
                .isInstanceOf(PromoteException.class).hasMessageContaining("preview");
        PromotionView p = f.run(c, "email\nada@x.org\n");

        UndoService later = new UndoService(db.jdbi(), new PromoteClock(
                Clock.fixed(Instant.now().plus(Duration.ofDays(31)), ZoneOffset.UTC), Optional.empty()));
        assertThatThrownBy(() -> later.start(c, p.id(), Fixture.ADMIN_ID))
                .hasMessageContaining("30 days");
        assertThatThrownBy(() -> later.preview(c, p.id()))
                .hasMessageContaining("30 days");

        undo.start(c, p.id(), Fixture.ADMIN_ID);
        assertThatThrownBy(() -> undo.start(c, p.id(), Fixture.ADMIN_ID))
                .as("queued, not run yet").hasMessageContaining("being undone already (queued)");
        assertThatThrownBy(() -> undo.preview(c, p.id())).hasMessageContaining("being undone already (queued)");
        f.runner.runOne();
        assertThatThrownBy(() -> undo.start(c, p.id(), Fixture.ADMIN_ID))
                .hasMessageContaining("undone already");
        Community other = f.community();
        assertThatThrownBy(() -> undo.start(other, p.id(), Fixture.ADMIN_ID))
                .hasMessageContaining("not found");
        assertThat(undo.progress(c.id(), p.id()).orElseThrow().status()).isEqualTo("succeeded");
    }
}
