package com.promote.app.wiring;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import com.promote.api.ActivityLog;
import com.promote.api.CommunityAccess;
import com.promote.api.DemoSeeder;
import com.promote.api.ExtensionMigration;
import com.promote.api.ExtensionPage;
import com.promote.api.ExtensionResource;
import com.promote.api.MemberFields;
import com.promote.api.PromoteModule;
import com.promote.api.RowExtension;
import com.promote.api.TeamFields;
import com.promote.app.web.WebFeature;
import com.promote.engine.clock.PromoteClock;
import com.promote.engine.db.Migrator;
import com.promote.engine.extensions.ExtensionLoader;
import com.promote.engine.extensions.ExtensionRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The installed extensions, loaded once at start: their row extensions in order, their
 * resources, and every changelog to migrate (core, app, then extensions by module name).
 */
public final class Extensions {
    public static final ExtensionMigration APP_CHANGELOG =
            new ExtensionMigration("com/promote/app/db/app-changelog.sql", Extensions.class);

    private final List<PromoteModule> modules;
    private final Injector injector;
    private final ExtensionRegistry registry;

    private Extensions(List<PromoteModule> modules, Injector injector) {
        this.modules = modules;
        this.injector = injector;
        this.registry = new ExtensionRegistry(injector.getInstance(Key.get(new TypeLiteral<Set<RowExtension<?>>>() { })));
    }

    /** For commands that serve no requests (migrate, bench): entries they cause carry no address. */
    public static Extensions load(Path pluginsDir, Jdbi jdbi, PromoteClock clock, CommunityAccess access) {
        return load(pluginsDir, jdbi, clock, access,
                new com.promote.app.activity.AppActivityLog(com.promote.engine.activity.ActivityRecorder.withoutAddress(clock)));
    }

    public static Extensions load(Path pluginsDir, Jdbi jdbi, PromoteClock clock, CommunityAccess access,
                                  ActivityLog activity) {
        List<PromoteModule> modules = ExtensionLoader.load(Extensions.class.getClassLoader(), pluginsDir);
        List<Module> all = new ArrayList<>();
        all.add(new CoreModule(jdbi, clock, access, activity));
        all.addAll(modules);
        return new Extensions(modules, Guice.createInjector(Stage.PRODUCTION, all));
    }

    public ExtensionRegistry registry() {
        return registry;
    }

    public Set<Object> resources() {
        return injector.getInstance(Key.get(new TypeLiteral<Set<Object>>() { }, ExtensionResource.class));
    }

    public List<ExtensionMigration> changelogs() {
        List<ExtensionMigration> changelogs = new ArrayList<>(List.of(Migrator.CORE, APP_CHANGELOG, WebFeature.CHANGELOG));
        injector.getInstance(Key.get(new TypeLiteral<Set<ExtensionMigration>>() { })).stream()
                .sorted(Comparator.comparing(ExtensionMigration::changelog))
                .forEach(changelogs::add);
        return changelogs;
    }

    public Set<ExtensionPage> pages() {
        return injector.getInstance(Key.get(new TypeLiteral<Set<ExtensionPage>>() { }));
    }

    public Set<TeamFields> teamFields() {
        return injector.getInstance(Key.get(new TypeLiteral<Set<TeamFields>>() { }));
    }

    public Set<MemberFields> memberFields() {
        return injector.getInstance(Key.get(new TypeLiteral<Set<MemberFields>>() { }));
    }

    public Set<DemoSeeder> demoSeeders() {
        return injector.getInstance(Key.get(new TypeLiteral<Set<DemoSeeder>>() { }));
    }

    public List<String> moduleNames() {
        return modules.stream().map(m -> m.getClass().getName()).toList();
    }
}
