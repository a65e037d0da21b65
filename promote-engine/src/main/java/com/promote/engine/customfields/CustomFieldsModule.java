package com.promote.engine.customfields;

import com.google.inject.AbstractModule;
import com.promote.api.PromoteBinders;
import com.promote.api.PromoteModule;

/** Built in, but registered exactly as a plugin would be. */
public final class CustomFieldsModule extends AbstractModule implements PromoteModule {
    @Override
    protected void configure() {
        PromoteBinders.rowExtensions(binder()).addBinding().to(CustomFieldsExtension.class);
        PromoteBinders.pages(binder()).addBinding().toInstance(CustomFieldsPage.DESCRIPTION);
    }
}
