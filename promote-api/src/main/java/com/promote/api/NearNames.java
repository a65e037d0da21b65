package com.promote.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The existing names (groups, plans, teams) a name written in a file was nearly meant to be, for
 * {@link Problem#suggesting}: the one name that differs from it only in case, spacing or
 * punctuation, or else the one that is at most two letters away (one letter when either name
 * has fewer than six letters and digits). Two candidates alike give nothing: a suggestion is
 * never a guess between two. Build one per promotion (through
 * {@link PlanContext#perPromotion}) and ask it for every row: building indexes the names by
 * length so a look-up compares only names that could be near.
 */
public final class NearNames {
    private static final int MAX_LETTERS = 2;
    private static final int SHORT = 6;

    private final Set<String> exact;
    private final Map<String, List<String>> byFolded = new HashMap<>();
    private final Map<Integer, List<String>> foldedByLength = new HashMap<>();

    private NearNames(Collection<String> names) {
        this.exact = Set.copyOf(names);
        for (String name : exact) {
            String folded = fold(name);
            if (folded.isEmpty()) {
                continue;
            }
            List<String> same = byFolded.computeIfAbsent(folded, k -> new ArrayList<>());
            if (same.isEmpty()) {
                foldedByLength.computeIfAbsent(folded.length(), k -> new ArrayList<>()).add(folded);
            }
            same.add(name);
        }
    }

    public static NearNames of(Collection<String> existing) {
        return new NearNames(existing);
    }

    /** The one existing name {@code written} was nearly meant to be; empty when it exists as written, or none or several fit. */
    public Optional<String> match(String written) {
        if (written == null || exact.contains(written)) {
            return Optional.empty();
        }
        String folded = fold(written);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        List<String> same = byFolded.get(folded);
        if (same != null) {
            return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
        }
        Set<String> near = new LinkedHashSet<>();
        for (int length = folded.length() - MAX_LETTERS; length <= folded.length() + MAX_LETTERS; length++) {
            for (String candidate : foldedByLength.getOrDefault(length, List.of())) {
                int allowed = Math.min(folded.length(), candidate.length()) < SHORT ? 1 : MAX_LETTERS;
                if (Math.abs(candidate.length() - folded.length()) <= allowed
                        && withinEdits(folded, candidate, allowed)) {
                    near.addAll(byFolded.get(candidate));
                    if (near.size() > 1) {
                        return Optional.empty();
                    }
                }
            }
        }
        return near.size() == 1 ? Optional.of(near.iterator().next()) : Optional.empty();
    }

    /** Lower case, letters and digits only: what "differs only in case, spacing or punctuation" compares. */
    public static String fold(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(folded::appendCodePoint);
        return folded.toString();
    }

    /** Levenshtein distance at most {@code max}, computed in a band and given up as soon as it cannot be. */
    static boolean withinEdits(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return false;
        }
        int big = max + 1;
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= max ? j : big;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            current[0] = i <= max ? i : big;
            if (from > 1) {
                current[from - 1] = big;
            }
            int best = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(previous[j - 1] + cost, Math.min(previous[j] + 1, current[j - 1] + 1));
                current[j] = Math.min(value, big);
                best = Math.min(best, current[j]);
            }
            if (to < m) {
                current[to + 1] = big;
            }
            if (best > max) {
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m] <= max;
    }
}
