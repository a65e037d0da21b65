package com.promote.engine.promotions;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A promotion as the API shows it; {@code rows} is one page of at most 1,000 rows;
 * {@code fileFormat} ({@code csv} or {@code xlsx}) is what the upload was, so its results and file
 * download in the same format; {@code correctedFrom} the preview whose corrected file this one
 * checks, {@code runOf} the preview whose file this promotion promotes (both null for an upload).
 */
public record PromotionView(long id, String status, boolean dryRun, String fileName, LocalDate uploadDate,
                            boolean sendOnboardingEmails, int totalRows, int processedRows, int promoted,
                            int wouldPromote, int failed, int skipped, String message,
                            List<Map<String, String>> columns, List<JsonNode> rows, Integer nextRowsFrom,
                            Instant createdAt, Instant finishedAt, Instant undoneAt, Instant fileRemovedAt,
                            String fileFormat, Long correctedFrom, Long runOf) {
}
