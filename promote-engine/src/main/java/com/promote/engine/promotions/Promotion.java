package com.promote.engine.promotions;

import java.time.Instant;
import java.time.LocalDate;

/** One upload, as stored. */
public record Promotion(long id, long communityId, long adminId, String fileName, long fileSize,
                        String status, boolean dryRun, boolean sendOnboardingEmails, LocalDate uploadDate,
                        int totalRows, int processedRows, int promoted, int wouldPromote, int failed,
                        int skipped, String columnsJson, String message, Instant createdAt,
                        Instant startedAt, Instant finishedAt, Instant undoneAt, Instant fileRemovedAt) {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public boolean isFinished() {
        return SUCCEEDED.equals(status) || FAILED.equals(status);
    }
}
