package com.promote.engine.extensions;

import static com.promote.engine.testing.Fixture.messages;
import static com.promote.engine.testing.Fixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.promote.api.ExtensionMigration;
import com.promote.api.PromoteModule;
import com.promote.api.RowExtension;
import com.promote.engine.communities.Community;
import com.promote.engine.db.Migrator;
import com.promote.engine.promotions.PromotionView;
import com.promote.engine.testing.CoreSchema;
import com.promote.engine.testing.Fixture;
import com.promote.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPI as a third party uses it: an extension compiled here against promote-api alone,
 * packed in a jar with its own Liquibase changelog, dropped in a plugins folder, loaded by
 * ExtensionLoader and wired by Guice exactly as the app does, then planning, writing (batched
 * by the engine, with no batch code of its own) and undoing, on H2 and on MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtensionPluginJarTest {
    private static final String MODULE = "com.example.locker.LockerModule";

    private static final String MODULE_SOURCE = """
            package com.example.locker;

            import com.google.inject.AbstractModule;
            import com.promote.api.ExtensionMigration;
            import com.promote.api.PromoteBinders;
            import com.promote.api.PromoteModule;

            public final class LockerModule extends AbstractModule implements PromoteModule {
                @Override
                protected void configure() {
                    PromoteBinders.rowExtensions(binder()).addBinding().to(LockerExtension.class);
                    PromoteBinders.migrations(binder()).addBinding().toInstance(
                            new ExtensionMigration("com/example/locker/locker-changelog.sql", LockerModule.class));
                }
            }
            """;

    private static final String EXTENSION_SOURCE = """
            package com.example.locker;

            import com.promote.api.PlanContext;
            import com.promote.api.PlanResult;
            import com.promote.api.Problem;
            import com.promote.api.RowCells;
            import com.promote.api.PromotedRow;
            import com.promote.api.RowExtension;
            import com.promote.api.UndoContext;
            import com.promote.api.Writes;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;
            import java.util.Set;

            /** "Locker": assigns the member a locker such as L-12. */
            public final class LockerExtension implements RowExtension<String> {
                @Override
                public String name() {
                    return "locker";
                }

                @Override
                public Set<String> ownedColumns() {
                    return Set.of("Locker");
                }

                @Override
                public PlanResult<String> plan(RowCells cells, PlanContext context) {
                    Optional<String> locker = cells.get("Locker");
                    if (locker.isEmpty()) {
                        return PlanResult.nothing(Map.of("locker", "none"));
                    }
                    if (!locker.get().matches("L-[0-9]+")) {
                        return PlanResult.failed(List.of(Problem.inRow(cells, "Locker", "bad_locker",
                                "'" + locker.get() + "' is not a locker; lockers look like L-12")));
                    }
                    return PlanResult.of(locker.get(), Map.of("locker", locker.get()));
                }

                @Override
                public Set<String> tables() {
                    return Set.of("locker_assignments");
                }

                @Override
                public void write(String locker, PromotedRow row, Writes writes) {
                    writes.insertInto("locker_assignments").set("member_id", row.memberId()).set("locker", locker)
                            .set("promotion_id", row.promotionId()).set("row_no", row.rowNumber());
                }

                @Override
                public void undo(UndoContext context) {
                    if (!context.memberIds().isEmpty()) {
                        context.handle().createUpdate("DELETE FROM locker_assignments WHERE member_id IN (<ids>)")
                                .bindList("ids", context.memberIds()).execute();
                    }
                }
            }
            """;

    private static final String CHANGELOG = """
            --liquibase formatted sql

            --changeset locker:1-lockers
            CREATE TABLE locker_assignments (
              member_id BIGINT PRIMARY KEY,
              locker VARCHAR(20) NOT NULL,
              promotion_id BIGINT NOT NULL,
              row_no INT NOT NULL
            );
            """;

    @TempDir
    Path work;
    private Path jar;
    private TestDatabase db;

    @BeforeAll
    void buildPluginAndDatabase(@TempDir Path build) throws Exception {
        jar = PluginJar.build(build, "locker-plugin.jar",
                Map.of("com/example/locker/LockerModule.java", MODULE_SOURCE,
                        "com/example/locker/LockerExtension.java", EXTENSION_SOURCE),
                Map.of("com/example/locker/locker-changelog.sql", CHANGELOG), List.of(MODULE));
        db = CoreSchema.on(TestDatabase.h2());
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    @Test
    void aPluginFromThePluginsFolderOwnsItsColumnPlansInADryRunAndWritesInARealRun() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(jar, plugins.resolve("locker-plugin.jar"));
        assertThatThrownBy(() -> Class.forName(MODULE)).isInstanceOf(ClassNotFoundException.class);

        List<PromoteModule> modules = Fixture.modules(plugins);
        assertThat(modules).extracting(m -> m.getClass().getName()).containsExactly(
                "com.promote.engine.roompermissions.RoomPermissionsModule",
                "com.promote.engine.customfields.CustomFieldsModule", MODULE);
        Injector injector = Fixture.injector(modules);
        ExtensionRegistry registry = new ExtensionRegistry(
                injector.getInstance(Key.get(new TypeLiteral<Set<RowExtension<?>>>() { })));
        assertThat(registry.all()).extracting(RowExtension::name)
                .containsExactly("room_permissions", "locker", "custom_field");
        new Migrator(db.dataSource()).migrate(new ArrayList<>(injector.getInstance(Key.get(new TypeLiteral<Set<ExtensionMigration>>() { }))));

        Fixture f = new Fixture(db.jdbi(), registry, 500, 1 << 20);
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", null);
        f.lead(c, "Bob", "Byte", "bob@x.org", null);
        f.lead(c, "Cy", "Cell", "cy@x.org", null);
        String file = "email,locker,Key Fob\nada@x.org, L-12 ,7\nbob@x.org,,\ncy@x.org,12,\n";

        PromotionView preview = f.preview(c, file);

        assertThat(preview.columns()).containsExactly(Map.of("header", "email", "readAs", "core"),
                Map.of("header", "locker", "readAs", "locker"), Map.of("header", "Key Fob", "readAs", "custom_field"));
        assertThat(row(preview, 1).get("result").asText()).isEqualTo("would_promote");
        assertThat(row(preview, 1).get("locker").asText()).isEqualTo("L-12");
        assertThat(row(preview, 2).get("locker").asText()).isEqualTo("none");
        assertThat(row(preview, 3).get("result").asText()).isEqualTo("failed");
        assertThat(messages(row(preview, 3))).containsExactly("'12' is not a locker; lockers look like L-12");
        assertThat(row(preview, 3).get("problems").get(0).get("column").asText()).isEqualTo("locker");
        assertThat(lockers()).isEmpty();

        PromotionView real = f.run(c, file);

        assertThat(List.of(real.promoted(), real.failed())).containsExactly(2, 1);
        long ada = f.member(c, "ada@x.org").id();
        assertThat(lockers()).containsExactly(ada + " L-12 " + real.id() + " 1");
        assertThat(f.customFields(ada)).isEqualTo(Map.of("Key Fob", "7"));
        assertThat(f.liveEmails(c)).containsExactly("cy@x.org");
    }

    @Test
    void theSameModuleJarTwiceStopsStartUp() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("twice"));
        Files.copy(jar, plugins.resolve("a-locker.jar"));
        Files.copy(jar, plugins.resolve("b-locker.jar"));

        assertThatThrownBy(() -> Fixture.modules(plugins))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(MODULE + " is installed twice")
                .hasMessageContaining("b-locker.jar");
    }

    @Test
    void aPluginClaimingAColumnAnotherExtensionOwnsStopsStartUp() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("clash"));
        Files.copy(jar, plugins.resolve("locker.jar"));
        List<com.google.inject.Module> modules = new ArrayList<>(Fixture.modules(plugins));
        modules.add(binder -> com.promote.api.PromoteBinders.rowExtensions(binder).addBinding()
                .toInstance(new ExtensionRegistryTest.Claiming("lockers_too", "LOCKER")));

        assertThatThrownBy(() -> Fixture.registryOf(modules))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Column 'LOCKER' is claimed by both 'locker' and 'lockers_too'");
    }

    @Test
    void aWholeBatchOfLockersIsOneStatementAndUndoRemovesThemManyAtOnce() throws Exception {
        for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
            try (TestDatabase database = CoreSchema.on(TestDatabase.create(kind))) {
                lockersAreBatched(database);
            }
        }
    }

    /** 1,200 rows in batches of 500: three inserts into the locker table, three deletes on undo. */
    private void lockersAreBatched(TestDatabase database) throws Exception {
        Path plugins = Files.createDirectories(work.resolve("batched-" + database.kind()));
        Files.copy(jar, plugins.resolve("locker-plugin.jar"));
        Injector injector = Fixture.injector(Fixture.modules(plugins));
        ExtensionRegistry registry = new ExtensionRegistry(
                injector.getInstance(Key.get(new TypeLiteral<Set<RowExtension<?>>>() { })));
        new Migrator(database.dataSource()).migrate(
                new ArrayList<>(injector.getInstance(Key.get(new TypeLiteral<Set<ExtensionMigration>>() { }))));
        Fixture f = new Fixture(database.jdbi(), registry, 500, 1 << 22);
        Community c = f.community();
        int rows = 1_200;
        StringBuilder file = new StringBuilder("email,company_name,Locker\n");
        database.jdbi().useHandle(h -> {
            var people = h.prepareBatch("INSERT INTO people (community_id, type, first_name, last_name, email, email_key,"
                    + " created_at) VALUES (:c, 'lead', 'P', :n, :e, :e, CURRENT_TIMESTAMP(3))");
            for (int i = 0; i < rows; i++) {
                people.bind("c", c.id()).bind("n", "N" + i).bind("e", "p" + i + "@x.org").add();
            }
            people.execute();
        });
        for (int i = 0; i < rows; i++) {
            file.append("p").append(i).append("@x.org,Team ").append(i / 4).append(",L-").append(i).append('\n');
        }
        List<String> statements = new java.util.concurrent.CopyOnWriteArrayList<>();
        database.jdbi().getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.add(context.getRawSql());
            }
        });
        try {
            PromotionView real = f.run(c, file.toString());
            assertThat(real.promoted()).isEqualTo(rows);
            assertThat(count(database, "SELECT COUNT(*) FROM locker_assignments l JOIN members m ON m.id = l.member_id"
                    + " WHERE m.community_id = " + c.id())).isEqualTo(rows);
            assertThat(statements.stream().filter(sql -> sql.startsWith("INSERT INTO locker_assignments")))
                    .as("one JDBC batch per batch of rows, not a statement per row").hasSize(3);

            statements.clear();
            assertThat(f.undo(c, real.id()).restored()).isEqualTo(rows);
            assertThat(count(database, "SELECT COUNT(*) FROM locker_assignments")).isZero();
            assertThat(statements.stream().filter(sql -> sql.startsWith("DELETE FROM locker_assignments")))
                    .as("undo hands the extension 500 members at once").hasSize(3);
        } finally {
            database.jdbi().getConfig(SqlStatements.class).setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
        }
    }

    private static int count(TestDatabase database, String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private List<String> lockers() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT member_id, locker, promotion_id, row_no"
                        + " FROM locker_assignments ORDER BY member_id")
                .map((rs, ctx) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getInt(4))
                .list());
    }
}
