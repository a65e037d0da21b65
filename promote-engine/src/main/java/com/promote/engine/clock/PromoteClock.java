package com.promote.engine.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
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

    /**
     * Now; with a pinned date, the real time of day on that date (UTC), so that what the app
     * stamps (created, finished) and what it judges by time (undo window, file retention) agree
     * with the pinned "today", and a demo or test restarted on a later date sees time pass.
     */
    public Instant now() {
        Instant real = clock.instant();
        return fixedDate.map(d -> d.atTime(LocalTime.ofInstant(real, ZoneOffset.UTC)).toInstant(ZoneOffset.UTC))
                .orElse(real);
    }

    /** The same time as a {@link Clock}, for code that takes one. */
    public Clock asClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now();
            }
        };
    }
}
