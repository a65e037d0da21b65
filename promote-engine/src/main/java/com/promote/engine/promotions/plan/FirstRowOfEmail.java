package com.promote.engine.promotions.plan;

import com.promote.engine.crm.EmailKey;
import com.promote.engine.promotions.report.RowResultStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jdbi.v3.core.Handle;

/**
 * The first row of each email of one run's file, for the duplicate-email check. A map of every
 * email of a 1,000,000-row file held over 100 MB to the end of the run; this keeps 12 bytes an
 * email (a 64-bit hash and the row number, in two arrays) and, only when a hash comes back, reads
 * the email that row stored in {@code promotion_rows} to be sure it is the same one, so two emails
 * whose hashes collide are still told apart. Used a batch at a time, rows in file order:
 * {@link #lookUp} the batch's emails, {@link #firstRow} for each row, then {@link #batchPlanned}.
 */
public final class FirstRowOfEmail {
    private static final int EMPTY = 0;

    private final long promotionId;
    private final ToLongFunction<String> hash;
    private long[] hashes = new long[1 << 12];
    /** Row numbers start at 1, so 0 marks a free slot. */
    private int[] rows = new int[1 << 12];
    private int size;
    /**
     * Emails kept whole: those whose hash an earlier email has already, and those too long to be
     * stored whole in promotion_rows (so they cannot be checked there). Both are rare.
     */
    private final Map<String, Integer> kept = new HashMap<>();
    /** The batch's emails that earlier batches had -> their first row. */
    private final Map<String, Integer> earlier = new HashMap<>();
    /** The batch's new emails, whole until the batch is planned. */
    private final Map<String, Integer> batch = new LinkedHashMap<>();
    private final Map<String, Boolean> batchKeptWhole = new HashMap<>();

    public FirstRowOfEmail(long promotionId) {
        this(promotionId, FirstRowOfEmail::hash);
    }

    /** With another hash: tests make every email collide to prove colliding emails stay apart. */
    FirstRowOfEmail(long promotionId, ToLongFunction<String> hash) {
        this.promotionId = promotionId;
        this.hash = hash;
    }

    /** Finds, in one query at most, which of a batch's email keys earlier batches had and in which row. */
    public void lookUp(Handle handle, Collection<String> keys) {
        earlier.clear();
        Map<Integer, List<String>> byCandidate = new HashMap<>();
        for (String key : keys) {
            Integer row = kept.get(key);
            if (row != null) {
                earlier.put(key, row);
                continue;
            }
            int candidate = get(hash.applyAsLong(key));
            if (candidate != EMPTY) {
                byCandidate.computeIfAbsent(candidate, r -> new ArrayList<>(1)).add(key);
            }
        }
        if (byCandidate.isEmpty()) {
            return;
        }
        handle.createQuery("SELECT row_no, email FROM promotion_rows WHERE promotion_id = :p AND row_no IN (<rows>)")
                .bind("p", promotionId).bindList("rows", new ArrayList<>(byCandidate.keySet()))
                .map((rs, ctx) -> Map.entry(rs.getInt(1), EmailKey.of(rs.getString(2))))
                .forEach(stored -> byCandidate.get(stored.getKey()).stream().filter(stored.getValue()::equals)
                        .forEach(key -> earlier.put(key, stored.getKey())));
    }

    /**
     * The first row that had this email, or null when {@code row} is the first (it is then
     * remembered). {@code email} as the row has it; its key must have been looked up.
     */
    public Integer firstRow(String email, int row) {
        String key = EmailKey.of(email);
        Integer first = earlier.get(key);
        if (first != null) {
            return first;
        }
        first = batch.putIfAbsent(key, row);
        if (first == null && email.codePointCount(0, email.length()) > RowResultStore.MAX_EMAIL) {
            batchKeptWhole.put(key, Boolean.TRUE);
        }
        return first;
    }

    /** The batch's decisions are made (and will be stored with its rows): its new emails join the rest. */
    public void batchPlanned() {
        batch.forEach((key, row) -> {
            if (batchKeptWhole.containsKey(key) || !putIfAbsent(hash.applyAsLong(key), row)) {
                kept.put(key, row);
            }
        });
        batch.clear();
        batchKeptWhole.clear();
        earlier.clear();
    }

    /**
     * Whether an earlier row (or this batch) may have this email key: true for every email the
     * file had so far, and, very rarely, for another whose hash collides with one of them.
     */
    public boolean mayHave(String key) {
        return batch.containsKey(key) || earlier.containsKey(key) || kept.containsKey(key)
                || get(hash.applyAsLong(key)) != EMPTY;
    }

    private int get(long hash) {
        int mask = rows.length - 1;
        for (int i = (int) hash & mask; rows[i] != EMPTY; i = (i + 1) & mask) {
            if (hashes[i] == hash) {
                return rows[i];
            }
        }
        return EMPTY;
    }

    /** False when another email has this hash already. */
    private boolean putIfAbsent(long hash, int row) {
        if (size * 3 >= rows.length * 2) {
            grow();
        }
        int mask = rows.length - 1;
        int i = (int) hash & mask;
        for (; rows[i] != EMPTY; i = (i + 1) & mask) {
            if (hashes[i] == hash) {
                return false;
            }
        }
        hashes[i] = hash;
        rows[i] = row;
        size++;
        return true;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        size = 0;
        for (int i = 0; i < oldRows.length; i++) {
            if (oldRows[i] != EMPTY) {
                putIfAbsent(oldHashes[i], oldRows[i]);
            }
        }
    }

    /** 64-bit FNV-1a over the key's chars, then SplitMix64's finaliser so every bit mixes into the slot. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
