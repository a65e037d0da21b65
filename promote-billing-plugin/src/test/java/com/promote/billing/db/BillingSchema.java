package com.promote.billing.db;

import com.promote.billing.BillingModule;
import com.promote.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Locale;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.H2Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.structure.DatabaseObject;

/**
 * Billing's tables on a fresh {@link TestDatabase}: the test core tables, then billing's real
 * changelog, run by Liquibase as the app runs it.
 */
public final class BillingSchema {
    /** Lower-case names, as the app's H2 sees the changelog's tables. */
    public static final String H2_SETTINGS = "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    private BillingSchema() {
    }

    /**
     * H2 in MySQL mode, or a new database on the tests' MariaDB server in the server's default
     * character set: the changelog must set utf8mb4_bin on each table itself.
     */
    public static TestDatabase create(TestDatabase.Kind kind) {
        return on(kind == TestDatabase.Kind.H2 ? TestDatabase.h2(H2_SETTINGS) : TestDatabase.mariaDbInServerCharset());
    }

    private static TestDatabase on(TestDatabase db) {
        String core = resource("/com/promote/billing/db/core-tables-for-tests.sql");
        db.jdbi().useHandle(h -> {
            for (String statement : core.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    h.execute(statement);
                }
            }
        });
        runChangelog(db);
        return db;
    }

    /** Runs billing's changelog (again: Liquibase must find nothing left to do). */
    public static void runChangelog(TestDatabase db) {
        try (Connection connection = db.dataSource().getConnection()) {
            Database database = db.kind() == TestDatabase.Kind.H2 ? new LowerCaseH2Database()
                    : DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setConnection(new JdbcConnection(connection));
            Scope.child(Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(BillingModule.class.getClassLoader()), () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, BillingModule.CHANGELOG)
                            .execute());
        } catch (Exception e) {
            throw new IllegalStateException("billing changelog failed on " + db, e);
        }
    }

    /**
     * Liquibase 4.33 upper-cases H2 names, so with {@code DATABASE_TO_LOWER} it does not find the
     * {@code databasechangelog} it created and fails on a second run (liquibase/liquibase PR 7436).
     */
    private static final class LowerCaseH2Database extends H2Database {
        @Override
        public String correctObjectName(String name, Class<? extends DatabaseObject> type) {
            return name == null ? null : name.toLowerCase(Locale.ROOT);
        }
    }

    private static String resource(String path) {
        try (InputStream in = BillingSchema.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
