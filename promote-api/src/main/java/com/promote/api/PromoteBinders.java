package com.promote.api;

import com.google.inject.Binder;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;

/** Typed helpers, so an extension module never writes a {@link TypeLiteral} itself. */
public final class PromoteBinders {
    private PromoteBinders() {
    }

    /** Row extensions: {@code rowExtensions(binder()).addBinding().to(MyExtension.class)}. */
    public static Multibinder<RowExtension<?>> rowExtensions(Binder binder) {
        return Multibinder.newSetBinder(binder, new TypeLiteral<RowExtension<?>>() { });
    }

    /** JAX-RS resource classes, served under the app's {@code /api} with its authentication. */
    public static Multibinder<Object> resources(Binder binder) {
        return Multibinder.newSetBinder(binder, Object.class, ExtensionResource.class);
    }

    /** Reference data for the demo community (plans, say), so a new user sees the extension at work. */
    public static Multibinder<DemoSeeder> demoSeeders(Binder binder) {
        return Multibinder.newSetBinder(binder, DemoSeeder.class);
    }

    /**
     * How the extension shows on the admin page ({@link ExtensionPage}): help for its columns,
     * its part of a row's result, sections of the member page. At most one per row extension.
     */
    public static Multibinder<ExtensionPage> pages(Binder binder) {
        return Multibinder.newSetBinder(binder, ExtensionPage.class);
    }

    /** Fields added to teams in the teams API and CSV (billing: the team's bill day). */
    public static Multibinder<TeamFields> teamFields(Binder binder) {
        return Multibinder.newSetBinder(binder, TeamFields.class);
    }

    /** Fields added to members in the members API, its downloads and the Members page (room permissions: groups). */
    public static Multibinder<MemberFields> memberFields(Binder binder) {
        return Multibinder.newSetBinder(binder, MemberFields.class);
    }

    /** Liquibase changelogs for the extension's own tables, run at start and by {@code db migrate}. */
    public static Multibinder<ExtensionMigration> migrations(Binder binder) {
        return Multibinder.newSetBinder(binder, ExtensionMigration.class);
    }
}
