package com.promote.engine.roompermissions;

import com.google.inject.AbstractModule;
import com.promote.api.PromoteBinders;
import com.promote.api.PromoteModule;

/** Built in, but registered exactly as a plugin would be. */
public final class RoomPermissionsModule extends AbstractModule implements PromoteModule {
    @Override
    protected void configure() {
        PromoteBinders.rowExtensions(binder()).addBinding().to(RoomPermissionsExtension.class);
        PromoteBinders.pages(binder()).addBinding().toInstance(RoomPermissionsPage.DESCRIPTION);
    }
}
