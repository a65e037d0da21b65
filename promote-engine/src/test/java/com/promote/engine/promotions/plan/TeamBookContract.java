package com.promote.engine.promotions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.api.TeamInfo;
import com.promote.api.TeamInfo.Origin;
import com.promote.engine.communities.Community;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.teams.TeamDao;
import com.promote.engine.testing.CoreSchema;
import com.promote.engine.testing.Fixture;
import com.promote.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The team book forgets the database's teams once it remembers too many (a million-row file
 * names hundreds of thousands): the next batch reads the ones it names again and gets the same
 * answers, an existing team stays existing and a team this promotion created stays its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TeamBookContract {
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

    @Test
    void aBookThatForgotItsTeamsAnswersTheNextBatchAsBefore() {
        Community c = f.community();
        Promotion p = f.upload(c, "email\nada@x.org\n", false);
        long existing = f.team(c, "Existing").id();
        TeamBook book = new TeamBook(c.id(), p.id(), 1);

        db.jdbi().useHandle(h -> {
            book.preload(h, List.of("Existing", "New"));
            assertThat(book.plan("Existing")).isEqualTo(new TeamInfo(Optional.of(existing), "Existing", Origin.EXISTING));
            assertThat(book.plan("New")).isEqualTo(new TeamInfo(Optional.empty(), "New", Origin.CREATED_BY_THIS_ROW));
            assertThat(book.toCreate(h, List.of("Existing", "New"))).containsExactly("New");
        });
        long created = db.jdbi().withExtension(TeamDao.class, d -> d.insert(c.id(), "New", p.id()));
        book.markCreated("New", created);
        book.batchCommitted();

        // Over its memory of one team: this batch starts over and reads both names again.
        db.jdbi().useHandle(h -> book.preload(h, List.of("Other", "New", "Existing")));
        assertThat(book.plan("Existing")).isEqualTo(new TeamInfo(Optional.of(existing), "Existing", Origin.EXISTING));
        assertThat(book.plan("New")).isEqualTo(new TeamInfo(Optional.of(created), "New",
                Origin.CREATED_EARLIER_IN_THIS_PROMOTION));
        assertThat(book.plan("Other")).isEqualTo(new TeamInfo(Optional.empty(), "Other", Origin.CREATED_BY_THIS_ROW));
        assertThat(book.knownId("New")).isEqualTo(created);
        assertThat(book.knownId("Existing")).isEqualTo(existing);
        assertThat(book.knownId("Other")).isNull();
    }
}
