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
