package com.promote.engine.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.engine.clock.PromoteClock;
import com.promote.engine.communities.Community;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.promotions.PromotionView;
import com.promote.engine.testing.Fixture;
import com.promote.engine.testing.CoreSchema;
import com.promote.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Retention on a real database: nothing goes before the window, everything finished goes after
 * it, exactly once even with several instances sweeping at the same moment; an unfinished
 * promotion keeps its file; results still download from what is kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FileRetentionContract {
    private TestDatabase db;
    private Fixture f;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void open() {
        db = CoreSchema.on(TestDatabase.create(kind()));
        f = new Fixture(db.jdbi());
    }

    @AfterAll
    void close() {
        db.close();
    }

    private FileRetention at(Duration fromNow) {
        return new FileRetention(db.jdbi(), new PromoteClock(Clock.fixed(Instant.now().plus(fromNow), ZoneOffset.UTC),
                Optional.empty()), Duration.ofDays(30));
    }

    @Test
    void filesGoOnceAfterTheWindowEvenWithSeveralInstancesSweeping() throws Exception {
        Community c = f.community();
        List<Long> finished = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            f.lead(c, "P" + i, "Doe", "p" + i + "@x.org", null);
            PromotionView p = i % 3 == 0 ? f.preview(c, "email,Key Fob\np" + i + "@x.org,K" + i + "\n")
                    : f.run(c, "email,Key Fob\np" + i + "@x.org,K" + i + "\n");
            finished.add(p.id());
        }
        Promotion waiting = f.upload(c, "email\nnobody@x.org\n", false);

        assertThat(at(Duration.ofDays(29)).sweep()).isZero();
        assertThat(chunkOwners()).containsAll(finished).contains(waiting.id());

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                FileRetention instance = at(Duration.ofDays(31));
                sweeps.add(pool.submit(instance::sweep));
            }
            int removed = 0;
            for (Future<Integer> s : sweeps) {
                removed += s.get();
            }
            assertThat(removed).isEqualTo(finished.size());
        } finally {
            pool.shutdownNow();
        }
        assertThat(chunkOwners()).containsExactly(waiting.id());
        assertThat(at(Duration.ofDays(40)).sweep()).isZero();

        long last = finished.get(finished.size() - 1);
        int kept = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM promotion_rows WHERE promotion_id = :p"
                + " AND report IS NULL AND email IS NOT NULL AND result = 'promoted'").bind("p", last)
                .mapTo(Integer.class).one());
        assertThat(kept).isEqualTo(1);
        assertThat(f.resultsCsv(c, last).lines().toList()).hasSize(3).element(2).asString()
                .isEqualTo("1,p11@x.org,promoted,");
        PromotionView view = f.service.view(c.id(), last, 1, null);
        assertThat(view.fileRemovedAt()).isNotNull();
        assertThat(view.rows().get(0).get("email").asText()).isEqualTo("p11@x.org");
        assertThat(view.rows().get(0).has("customFields")).isFalse();
    }

    private List<Long> chunkOwners() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT promotion_id FROM promotion_file_chunks"
                + " ORDER BY promotion_id").mapTo(Long.class).list());
    }
}
