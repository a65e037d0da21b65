package com.promote.engine.db;

import com.promote.api.ExtensionMigration;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import java.util.Map;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings a database to the current schema: the core changelog, then the app's, then each
 * installed extension's, every one tracked in the same Liquibase history table.
 */
public final class Migrator {
    public static final ExtensionMigration CORE =
            new ExtensionMigration("com/promote/engine/db/core-changelog.sql", Migrator.class);

    static {
        // Liquibase prints an update summary to stdout by default; the log is where ours goes.
        System.setProperty("liquibase.command.showSummaryOutput", "LOG");
    }

    private final DataSource dataSource;

    public Migrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void migrate(List<ExtensionMigration> changelogs) {
        for (ExtensionMigration changelog : changelogs) {
            migrate(changelog);
        }
    }

    private void migrate(ExtensionMigration changelog) {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            var accessor = new ClassLoaderResourceAccessor(changelog.anchor().getClassLoader());
            try (Liquibase liquibase = new Liquibase(changelog.changelog(), accessor, database)) {
                // Liquibase talks to the console by default; ours goes to the log.
                Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> liquibase.update(""));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not migrate the database with "
                    + changelog.changelog() + ": " + e.getMessage(), e);
        }
    }
}
