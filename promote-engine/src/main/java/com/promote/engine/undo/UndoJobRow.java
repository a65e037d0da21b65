package com.promote.engine.undo;

import java.time.Instant;
import java.time.LocalDate;

/** One undo job as stored (see UndoJobDao). */
public record UndoJobRow(long promotionId, long communityId, long adminId, String status, LocalDate undoDate,
                         int totalMembers, int processedMembers, int restored, long lastMemberId, String message,
                         Instant createdAt, Instant startedAt, Instant finishedAt) {
}
