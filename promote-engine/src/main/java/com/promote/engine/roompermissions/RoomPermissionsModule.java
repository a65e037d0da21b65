package com.promote.engine.roompermissions;

import com.google.inject.AbstractModule;
import com.promote.api.ExtensionMigration;
import com.promote.api.PromoteBinders;
import com.promote.api.PromoteModule;

/** Built in, but registered exactly as a plugin would be. */
public final class RoomPermissionsModule extends AbstractModule implements PromoteModule {
    /** Its own table, created by its own changelog. */
    public static final ExtensionMigration CHANGELOG = new ExtensionMigration(
            "com/promote/engine/roompermissions/room-permissions-changelog.sql",
            RoomPermissionsModule.class);

    @Override
    protected void configure() {
        PromoteBinders.rowExtensions(binder()).addBinding().to(RoomPermissionsExtension.class);
        PromoteBinders.migrations(binder()).addBinding().toInstance(CHANGELOG);
        PromoteBinders.memberFields(binder()).addBinding().to(GroupsField.class);
        PromoteBinders.pages(binder()).addBinding().toInstance(RoomPermissionsPage.DESCRIPTION);
    }
}
