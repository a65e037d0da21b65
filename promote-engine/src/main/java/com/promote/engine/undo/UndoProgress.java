package com.promote.engine.undo;

import java.time.Instant;
import java.util.List;

/**
 * A promotion's undo as the API shows it ({@code undo} of a promotion, and the answer to asking
 * for one): {@code status} is queued, running, succeeded or failed, like a promotion's.
 */
public record UndoProgress(long promotionId, String status, int totalMembers, int processedMembers, int restored,
                           List<UndoReport.LeftAlone> leftAlone, List<String> teamsRemoved, Instant startedAt,
                           Instant finishedAt, String message) {
}
