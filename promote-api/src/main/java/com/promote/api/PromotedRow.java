package com.promote.api;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What the core wrote for a row before asking extensions for theirs: the member and its team.
 *
 * @param teamCreatedByThisRow true when this row created the team (its member is the team's admin)
 */
public record PromotedRow(CommunityInfo community, LocalDate today, long promotionId, int rowNumber,
                          long memberId, long teamId, boolean teamCreatedByThisRow) {
    public PromotedRow {
        requireNonNull(community, "community is null");
        requireNonNull(today, "today is null");
    }
}
