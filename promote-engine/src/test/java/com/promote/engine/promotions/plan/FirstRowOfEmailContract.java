package com.promote.engine.promotions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.engine.communities.Community;
import com.promote.engine.crm.EmailKey;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.testing.CoreSchema;
import com.promote.engine.testing.Fixture;
import com.promote.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The duplicate-email check keeps hashes, not emails, and reads promotion_rows when a hash comes
 * back: whatever the hashes do, each repeated email names exactly its first row, across batches,
 * and an email that only shares a hash with another is not a duplicate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FirstRowOfEmailContract {
    private static final int BATCH = 3;
    private static final String LONG = "x".repeat(400) + "@long.example";

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

    /** Row 1 is the first of each email; repeats come in the same batch, the next one and much later. */
    private static final List<String> FILE = List.of(
            "ada@x.org", "bob@x.org", "ADA@x.org ",     // rows 1-3: a repeat within the batch
            "cy@x.org", " Bob@X.org", LONG,             // rows 4-6: a repeat from the batch before
            "dee@x.org", LONG.toUpperCase(), "ed@x.org", // rows 7-9: an email too long to store whole
            "fay@x.org", "cy@x.org", "ada@x.org",       // rows 10-12
            "gus@x.org", "ed@x.org", "dee@x.org");      // rows 13-15

    private static Map<Integer, Integer> expected() {
        Map<String, Integer> first = new HashMap<>();
        Map<Integer, Integer> duplicates = new LinkedHashMap<>();
        for (int row = 1; row <= FILE.size(); row++) {
            Integer earlier = first.putIfAbsent(EmailKey.of(FILE.get(row - 1)), row);
            if (earlier != null) {
                duplicates.put(row, earlier);
            }
        }
        return duplicates;
    }

    @Test
    void eachRepeatedEmailNamesItsFirstRowAcrossBatches() {
        assertThat(duplicatesFound(FirstRowOfEmail::hash)).containsExactlyEntriesOf(expected());
        assertThat(expected()).containsEntry(3, 1).containsEntry(5, 2).containsEntry(8, 6).containsEntry(15, 7);
    }

    @Test
    void emailsThatShareAHashAreToldApartByTheirStoredRows() {
        assertThat(duplicatesFound(key -> 42L)).containsExactlyEntriesOf(expected());
        assertThat(duplicatesFound(key -> key.length() % 2)).containsExactlyEntriesOf(expected());
    }

    /** Runs the file's emails through the check a batch at a time, storing each batch's rows as a run does. */
    private Map<Integer, Integer> duplicatesFound(ToLongFunction<String> hash) {
        Community c = f.community();
        Promotion p = f.upload(c, "email\nada@x.org\n", true);
        FirstRowOfEmail check = new FirstRowOfEmail(p.id(), hash);
        Map<Integer, Integer> found = new LinkedHashMap<>();
        for (int start = 0; start < FILE.size(); start += BATCH) {
            List<String> batch = FILE.subList(start, Math.min(FILE.size(), start + BATCH));
            db.jdbi().useHandle(h -> check.lookUp(h, new LinkedHashSet<>(batch.stream().map(EmailKey::of).toList())));
            List<Object[]> stored = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                int row = start + i + 1;
                Integer first = check.firstRow(batch.get(i), row);
                if (first != null) {
                    found.put(row, first);
                }
                stored.add(new Object[] {row, batch.get(i).length() > 320 ? batch.get(i).substring(0, 320)
                        : batch.get(i)});
            }
            check.batchPlanned();
            db.jdbi().useHandle(h -> stored.forEach(r -> h.createUpdate("INSERT INTO promotion_rows (promotion_id,"
                            + " row_no, email, result, team_created, team_admin) VALUES (:p, :r, :e, 'failed', FALSE,"
                            + " FALSE)")
                    .bind("p", p.id()).bind("r", r[0]).bind("e", r[1]).execute()));
        }
        return found;
    }
}
