package com.promote.engine.customfields;

import com.google.inject.AbstractModule;
import com.promote.api.ExtensionMigration;
import com.promote.api.PromoteBinders;
import com.promote.api.PromoteModule;

/** Built in, but registered exactly as a plugin would be. */
public final class CustomFieldsModule extends AbstractModule implements PromoteModule {
    /** Its own table, created by its own changelog. */
    public static final ExtensionMigration CHANGELOG = new ExtensionMigration(
            "com/promote/engine/customfields/custom-fields-changelog.sql",
            CustomFieldsModule.class);

    @Override
    protected void configure() {
        PromoteBinders.rowExtensions(binder()).addBinding().to(CustomFieldsExtension.class);
        PromoteBinders.migrations(binder()).addBinding().toInstance(CHANGELOG);
        PromoteBinders.memberFields(binder()).addBinding().to(CustomFieldsField.class);
        PromoteBinders.pages(binder()).addBinding().toInstance(CustomFieldsPage.DESCRIPTION);
    }
}
