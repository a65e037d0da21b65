package com.promote.app.wiring;

import com.google.inject.AbstractModule;
import com.promote.api.ActivityLog;
import com.promote.api.CommunityAccess;
import com.promote.api.PromoteBinders;
import com.promote.engine.clock.PromoteClock;
import org.jdbi.v3.core.Jdbi;

/** What the app hands to extension modules: the database, the clock, community access, the activity log. */
final class CoreModule extends AbstractModule {
    private final Jdbi jdbi;
    private final PromoteClock clock;
    private final CommunityAccess access;
    private final ActivityLog activity;

    CoreModule(Jdbi jdbi, PromoteClock clock, CommunityAccess access, ActivityLog activity) {
        this.activity = activity;
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
    }

    @Override
    protected void configure() {
        bind(Jdbi.class).toInstance(jdbi);
        bind(PromoteClock.class).toInstance(clock);
        bind(CommunityAccess.class).toInstance(access);
        bind(ActivityLog.class).toInstance(activity);
        // Declared even when empty, so an installation with no extensions still starts.
        PromoteBinders.rowExtensions(binder());
        PromoteBinders.resources(binder());
        PromoteBinders.migrations(binder());
        PromoteBinders.demoSeeders(binder());
        PromoteBinders.teamFields(binder());
        PromoteBinders.pages(binder());
    }
}
