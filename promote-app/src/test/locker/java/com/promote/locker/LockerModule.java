package com.promote.locker;

import com.google.inject.AbstractModule;
import com.promote.api.ExtensionMigration;
import com.promote.api.PromoteBinders;
import com.promote.api.PromoteModule;

/**
 * A test-only extension, built as a plugin jar by the tests (see {@code LockerPlugin}): it owns a
 * {@code Locker} column, writes a row per member to its own table, serves the member's lockers
 * and describes its part of the page. Nothing in the core knows it.
 */
public final class LockerModule extends AbstractModule implements PromoteModule {
    @Override
    protected void configure() {
        PromoteBinders.rowExtensions(binder()).addBinding().to(LockerExtension.class);
        PromoteBinders.migrations(binder()).addBinding()
                .toInstance(new ExtensionMigration("com/promote/locker/locker-changelog.sql", LockerModule.class));
        PromoteBinders.resources(binder()).addBinding().to(LockerResource.class);
        PromoteBinders.pages(binder()).addBinding().toInstance(LockerExtension.PAGE);
    }
}
