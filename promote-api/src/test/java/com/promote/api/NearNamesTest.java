package com.promote.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearNamesTest {
    private final NearNames groups = NearNames.of(List.of("Group Blue", "Group Red", "Coworking Plan", "Desk", "Acme Inc."));

    @Test
    void caseSpacingAndPunctuationFindTheName() {
        assertThat(groups.match("coworking plan")).contains("Coworking Plan");
        assertThat(groups.match("  Group   blue ")).contains("Group Blue");
        assertThat(groups.match("Acme Inc")).contains("Acme Inc.");
    }

    @Test
    void twoLettersOffFindTheNameOneForShortNames() {
        assertThat(groups.match("Group Bleu")).contains("Group Blue");
        assertThat(groups.match("Grop Blu")).contains("Group Blue");
        assertThat(groups.match("Dsk")).contains("Desk");
        assertThat(groups.match("Dk")).isEmpty();
        assertThat(groups.match("Gruop Bleu")).isEmpty();
    }

    @Test
    void anExistingNameOrTwoCandidatesGetNothing() {
        assertThat(groups.match("Group Blue")).isEmpty();
        NearNames two = NearNames.of(List.of("Group Blue", "Group Glue"));
        assertThat(two.match("Group Blxe")).isEmpty();
        NearNames folded = NearNames.of(List.of("Team A", "team a"));
        assertThat(folded.match("TEAM A")).isEmpty();
        assertThat(NearNames.of(List.of("Room 12", "Room 13")).match("Room 1")).isEmpty();
    }

    /** The banded, early-stopping distance agrees with the textbook one on many random pairs. */
    @Test
    void bandedDistanceAgreesWithFullLevenshtein() {
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 20_000; i++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? mutate(a, random) : randomWord(random);
            int full = levenshtein(a, b);
            for (int max = 0; max <= 3; max++) {
                assertThat(NearNames.withinEdits(a, b, max)).as("%s %s %d", a, b, max).isEqualTo(full <= max);
            }
        }
    }

    private static String randomWord(java.util.Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + random.nextInt(4)));
        }
        return s.toString();
    }

    private static String mutate(String word, java.util.Random random) {
        StringBuilder s = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0; edits--) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, (char) ('a' + random.nextInt(4)));
                case 1 -> {
                    if (s.length() > 0) {
                        s.deleteCharAt(at);
                    }
                }
                default -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, (char) ('a' + random.nextInt(4)));
                    }
                }
            }
        }
        return s.toString();
    }

    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                        Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void bandedDistanceAgreesWithTheDefinition() {
        assertThat(NearNames.withinEdits("kitten", "sitting", 3)).isTrue();
        assertThat(NearNames.withinEdits("kitten", "sitting", 2)).isFalse();
        assertThat(NearNames.withinEdits("abc", "abc", 0)).isTrue();
        assertThat(NearNames.withinEdits("abcdef", "abdef", 1)).isTrue();
        assertThat(NearNames.withinEdits("groupbleu", "groupblue", 2)).isTrue();
        assertThat(NearNames.withinEdits("abcdefgh", "abxdexgy", 2)).isFalse();
    }
}
