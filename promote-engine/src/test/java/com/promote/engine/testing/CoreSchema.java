package com.promote.engine.testing;

import com.promote.api.ExtensionMigration;
import com.promote.engine.customfields.CustomFieldsModule;
import com.promote.engine.db.Migrator;
import com.promote.engine.roompermissions.RoomPermissionsModule;
import com.promote.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/** The engine's tables on a fresh {@link TestDatabase}, migrated as the app migrates them at start. */
public final class CoreSchema {
    /** Liquibase logs through java.util.logging; its INFO lines drown the test output. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private CoreSchema() {
    }

    /** The core changelog and the built-in extensions' tables, then {@code more} (an extension's own tables). */
    public static TestDatabase on(TestDatabase db, List<ExtensionMigration> more) {
        List<ExtensionMigration> all = new ArrayList<>();
        all.add(Migrator.CORE);
        // The built-in extensions' own tables, as the app migrates them (they are always installed).
        all.add(RoomPermissionsModule.CHANGELOG);
        all.add(CustomFieldsModule.CHANGELOG);
        all.addAll(more);
        new Migrator(db.dataSource()).migrate(all);
        return db;
    }

    public static TestDatabase on(TestDatabase db) {
        return on(db, List.of());
    }
}
