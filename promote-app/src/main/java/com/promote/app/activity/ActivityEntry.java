package com.promote.app.activity;

import java.time.Instant;

/** One entry as the API shows it; {@code admin} is the admin's username. */
public record ActivityEntry(long id, Instant at, String admin, String address, String action, String target,
                            String details) {
}
