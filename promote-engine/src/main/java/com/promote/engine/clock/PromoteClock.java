package com.promote.engine.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one clock of the app. "Today" is asked per time zone because the dates extensions plan
 * with follow the community's calendar; a fixed date (for demos and tests) pins today in every zone.
 */
public final class PromoteClock {
    private final Clock clock;
    private final Optional<LocalDate> fixedDate;

    public PromoteClock(Clock clock, Optional<LocalDate> fixedDate) {
        this.clock = clock;
        this.fixedDate = fixedDate;
    }

    public static PromoteClock system() {
        return new PromoteClock(Clock.systemUTC(), Optional.empty());
    }

    public static PromoteClock fixedAt(LocalDate date) {
        return new PromoteClock(Clock.systemUTC(), Optional.of(date));
    }

    public LocalDate today(ZoneId zone) {
        return fixedDate.orElseGet(() -> LocalDate.now(clock.withZone(zone)));
    }

    public Instant now() {
        return clock.instant();
    }
}
