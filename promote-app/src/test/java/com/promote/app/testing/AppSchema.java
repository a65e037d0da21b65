package com.promote.app.testing;

import com.promote.api.ExtensionMigration;
import com.promote.app.wiring.Extensions;
import com.promote.engine.customfields.CustomFieldsModule;
import com.promote.engine.db.Migrator;
import com.promote.engine.roompermissions.RoomPermissionsModule;
import com.promote.testing.TestDatabase;
import java.util.List;

/** The app's tables on a fresh {@link TestDatabase}, as the app migrates them at start with no extension installed. */
public final class AppSchema {
    private AppSchema() {
    }

    /**
     * The changelogs the app itself runs when no plugin is installed: core, then app, then the
     * built-in extensions' own tables.
     */
    public static List<ExtensionMigration> coreChangelogs() {
        return List.of(Migrator.CORE, Extensions.APP_CHANGELOG, CustomFieldsModule.CHANGELOG,
                RoomPermissionsModule.CHANGELOG);
    }

    public static TestDatabase on(TestDatabase db) {
        new Migrator(db.dataSource()).migrate(coreChangelogs());
        return db;
    }
}
