package com.promote.engine.retention;

import com.promote.engine.clock.PromoteClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes uploaded files once their promotion's undo window has passed: the stored file and
 * the per-row reports that repeat its cells, keeping each row's number, email, result and
 * message for good. One promotion per transaction, claimed with {@code FOR UPDATE SKIP LOCKED},
 * so several instances sweeping at once never trip over each other and each file goes once.
 */
public final class FileRetention {
    private static final Logger LOG = LoggerFactory.getLogger(FileRetention.class);

    private final Jdbi jdbi;
    private final PromoteClock clock;
    private final Duration keep;

    public FileRetention(Jdbi jdbi, PromoteClock clock, Duration keep) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.keep = keep;
    }

    /** Removes every file past its time; returns how many. */
    public int sweep() {
        Instant cutoff = clock.now().minus(keep);
        int removed = 0;
        while (jdbi.inTransaction(h -> removeOne(h, cutoff))) {
            removed++;
        }
        if (removed > 0) {
            LOG.info("Retention: deleted the stored files of {} promotion(s) finished before {}", removed, cutoff);
        }
        return removed;
    }

    private boolean removeOne(Handle h, Instant cutoff) {
        Optional<Long> id = h.createQuery("SELECT id FROM promotions WHERE file_removed_at IS NULL"
                        + " AND finished_at IS NOT NULL AND finished_at < :cutoff ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .bind("cutoff", cutoff).mapTo(Long.class).findOne();
        if (id.isEmpty()) {
            return false;
        }
        h.createUpdate("DELETE FROM promotion_file_chunks WHERE promotion_id = :p").bind("p", id.get()).execute();
        // Corrections and suggestions repeat cells of the file (and names of people) too.
        h.createUpdate("DELETE FROM promotion_corrections WHERE promotion_id = :p").bind("p", id.get()).execute();
        h.createUpdate("UPDATE promotion_rows SET report = NULL, team_name = NULL, suggestions = NULL"
                + " WHERE promotion_id = :p")
                .bind("p", id.get()).execute();
        h.createUpdate("UPDATE promotions SET file_removed_at = :now WHERE id = :p")
                .bind("now", clock.now()).bind("p", id.get()).execute();
        return true;
    }
}
