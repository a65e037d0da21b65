package com.promote.engine.undo;

import java.time.Instant;
import java.util.List;

/**
 * What an undo did (or, previewed, would do): members sent back to the CRM, members left
 * alone because they changed since, and teams removed.
 */
public record UndoReport(long promotionId, boolean dryRun, int restored, List<LeftAlone> leftAlone,
                         List<String> teamsRemoved, Instant undoneAt) {

    public record LeftAlone(long memberId, String email, String reason) {
    }
}
