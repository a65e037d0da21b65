package com.promote.api;

import java.time.LocalDate;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Optional: adds an extension's reference data (billing: a few plans) to the demo community
 * that {@code promote-app demo} creates, inside the same transaction. Bind with
 * {@link PromoteBinders#demoSeeders}.
 */
public interface DemoSeeder {
    void seed(Handle handle, CommunityInfo community);

    /**
     * Cells (header as an admin would type it -> value) a generated file may carry on every row
     * for this extension, valid against what {@link #seed} created: what {@code bench} uses to
     * promote the way users do, extensions included.
     */
    default Map<String, String> exampleCells(CommunityInfo community, LocalDate today) {
        return Map.of();
    }
}
