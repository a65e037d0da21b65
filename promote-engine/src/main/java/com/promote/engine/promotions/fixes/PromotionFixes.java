package com.promote.engine.promotions.fixes;

import com.promote.engine.crm.Person;
import com.promote.engine.crm.PersonDao;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * promotion_corrections and promotion_matches: the cells a promotion's file has changed from the
 * file first uploaded, and the rows the admin matched to a person by hand. Loaded once when a
 * run starts (a few rows per failing row at most), read by row while planning.
 */
public final class PromotionFixes {
    private final Map<Integer, List<RowCorrection>> corrections;
    private final Map<Integer, Long> matches;
    /** The matched people of the batch being planned, by row (see {@link #loadMatched}). */
    private final Map<Integer, Person> matchedInBatch = new HashMap<>();

    private PromotionFixes(Map<Integer, List<RowCorrection>> corrections, Map<Integer, Long> matches) {
        this.corrections = corrections;
        this.matches = matches;
    }

    public static PromotionFixes none() {
        return new PromotionFixes(Map.of(), Map.of());
    }

    public static PromotionFixes load(Handle h, long promotionId) {
        return new PromotionFixes(corrections(h, promotionId), matches(h, promotionId));
    }

    public static Map<Integer, List<RowCorrection>> corrections(Handle h, long promotionId) {
        Map<Integer, List<RowCorrection>> byRow = new HashMap<>();
        h.createQuery("SELECT row_no, col_no, column_header, from_value, to_value FROM promotion_corrections"
                        + " WHERE promotion_id = :p ORDER BY row_no, col_no")
                .bind("p", promotionId)
                .map((rs, ctx) -> Map.entry(rs.getInt(1), new RowCorrection(rs.getInt(2), rs.getString(3),
                        nullToEmpty(rs.getString(4)), nullToEmpty(rs.getString(5)))))
                .forEach(e -> byRow.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byRow;
    }

    public static Map<Integer, Long> matches(Handle h, long promotionId) {
        Map<Integer, Long> byRow = new HashMap<>();
        h.createQuery("SELECT row_no, person_id FROM promotion_matches WHERE promotion_id = :p")
                .bind("p", promotionId)
                .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getLong(2)))
                .forEach(e -> byRow.put(e.getKey(), e.getValue()));
        return byRow;
    }

    public static void save(Handle h, long promotionId, Map<Integer, List<RowCorrection>> corrections,
                            Map<Integer, Long> matches) {
        var cells = h.prepareBatch("INSERT INTO promotion_corrections (promotion_id, row_no, col_no, column_header,"
                + " from_value, to_value) VALUES (:p, :row, :col, :header, :from, :to)");
        corrections.forEach((row, list) -> list.forEach(c -> cells.bind("p", promotionId).bind("row", row)
                .bind("col", c.columnIndex()).bind("header", clip(c.column())).bind("from", c.from()).bind("to", c.to())
                .add()));
        if (cells.size() > 0) {
            cells.execute();
        }
        var people = h.prepareBatch("INSERT INTO promotion_matches (promotion_id, row_no, person_id)"
                + " VALUES (:p, :row, :person)");
        matches.forEach((row, person) -> people.bind("p", promotionId).bind("row", row).bind("person", person).add());
        if (people.size() > 0) {
            people.execute();
        }
    }

    public List<RowCorrection> correctionsOf(int row) {
        return corrections.getOrDefault(row, List.of());
    }

    public Long matchOf(int row) {
        return matches.get(row);
    }

    public boolean hasMatches() {
        return !matches.isEmpty();
    }

    /** The batch's matched people still in the CRM, in one query; a row whose person left has none. */
    public void loadMatched(Handle h, long communityId, Collection<Integer> rows) {
        matchedInBatch.clear();
        Map<Long, List<Integer>> rowsOf = new HashMap<>();
        for (int row : rows) {
            Long person = matches.get(row);
            if (person != null) {
                rowsOf.computeIfAbsent(person, k -> new ArrayList<>()).add(row);
            }
        }
        if (rowsOf.isEmpty()) {
            return;
        }
        h.attach(PersonDao.class).findLiveByIds(communityId, rowsOf.keySet()).forEach(p -> rowsOf.get(p.id()).forEach(row -> matchedInBatch.put(row, p)));
    }

    public Person matchedPerson(int row) {
        return matchedInBatch.get(row);
    }

    /** The header is kept for the rows' "corrections"; one longer than the column holds is cut. */
    private static String clip(String header) {
        return header.codePointCount(0, header.length()) <= 300 ? header
                : header.substring(0, header.offsetByCodePoints(0, 300));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
