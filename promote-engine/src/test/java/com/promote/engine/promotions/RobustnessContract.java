package com.promote.engine.promotions;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.PromotedRow;
import com.promote.api.Writes;
import com.promote.api.RowCells;
import com.promote.api.RowExtension;
import com.promote.engine.communities.Community;
import com.promote.engine.customfields.CustomFieldsExtension;
import com.promote.engine.extensions.ExtensionRegistry;
import com.promote.engine.roompermissions.RoomPermissionsExtension;
import com.promote.engine.teams.TeamDao;
import com.promote.engine.testing.CoreSchema;
import com.promote.engine.testing.Fixture;
import com.promote.testing.TestDatabase;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What happens around a promotion rather than in its rows: a team created by someone else
 * between planning and writing, an extension that throws an Error, odd file names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RobustnessContract {
    private TestDatabase db;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void open() {
        db = CoreSchema.on(TestDatabase.create(kind()));
    }

    @AfterAll
    void close() {
        db.close();
    }

    /** Plans nothing, but creates team "Acme" as if an admin did it while the batch was being planned. */
    final class TeamCreatedMeanwhile implements RowExtension<String> {
        private boolean done;

        @Override
        public String name() {
            return "meanwhile";
        }

        @Override
        public Set<String> ownedColumns() {
            return Set.of("Meanwhile");
        }

        @Override
        public PlanResult<String> plan(RowCells cells, PlanContext context) {
            if (!done && cells.get("Meanwhile").isPresent()) {
                done = true;
                db.jdbi().useExtension(TeamDao.class, d -> d.insert(context.community().id(), "Acme", null));
            }
            return PlanResult.nothing(Map.of());
        }

        @Override
        public void write(String plan, PromotedRow row, Writes writes) {
        }
    }

    @Test
    void aTeamCreatedByAnotherHandMeanwhileIsJoinedNotDuplicated() {
        Fixture f = new Fixture(db.jdbi(), new ExtensionRegistry(Set.of(new RoomPermissionsExtension(),
                new CustomFieldsExtension(), new TeamCreatedMeanwhile())), 500, 1 << 20);
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", null);
        f.lead(c, "Charles", "Babbage", "charles@x.org", null);

        PromotionView v = f.run(c, "email,company_name,Meanwhile\nada@x.org,Acme,yes\ncharles@x.org,Acme,\n");

        assertThat(v.promoted()).isEqualTo(2);
        assertThat(Fixture.row(v, 1).get("teamCreated").asBoolean()).isFalse();
        assertThat(Fixture.row(v, 1).get("teamAdmin").asBoolean()).isFalse();
        assertThat(f.teams(c).keySet()).containsExactly("Acme");
        assertThat(f.teams(c).get("Acme").memberIds()).hasSize(2);
        assertThat(f.teams(c).get("Acme").adminMemberId()).as("the admin's team keeps its (no) admin").isNull();
    }

    /** Fails every plan with an Error, as a plugin missing a class would. */
    static final class Broken implements RowExtension<String> {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public Set<String> ownedColumns() {
            return Set.of("Broken");
        }

        @Override
        public PlanResult<String> plan(RowCells cells, PlanContext context) {
            if (cells.get("Broken").isPresent()) {
                throw new NoClassDefFoundError("com/example/Missing");
            }
            return PlanResult.nothing(Map.of());
        }

        @Override
        public void write(String plan, PromotedRow row, Writes writes) {
        }
    }

    @Test
    void anExtensionThrowingAnErrorFailsItsPromotionAndTheRunnerGoesOn() {
        Fixture f = new Fixture(db.jdbi(), new ExtensionRegistry(Set.of(new CustomFieldsExtension(), new Broken())),
                500, 1 << 20);
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", null);
        f.lead(c, "Charles", "Babbage", "charles@x.org", null);
        var broken = f.upload(c, "email,Broken\nada@x.org,x\n", false);
        for (int i = 0; i < 6; i++) {
            f.runner.runOne(); // never throws, whatever the job does
        }
        var failed = f.service.find(c.id(), broken.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.message()).contains("Missing");

        PromotionView next = f.run(c, "email\ncharles@x.org\n");
        assertThat(next.promoted()).isEqualTo(1);
    }

    @Test
    void uploadNamesAreCleanedNotFatal() {
        assertThat(PromotionService.displayName("/")).isEqualTo("upload.csv");
        assertThat(PromotionService.displayName(null)).isEqualTo("upload.csv");
        assertThat(PromotionService.displayName("C:\\Users\\ada\\leads.csv")).isEqualTo("leads.csv");
        assertThat(PromotionService.displayName("a\u0000b.csv")).isEqualTo("ab.csv");
        assertThat(PromotionService.displayName("x".repeat(300))).hasSize(255);
    }
}
