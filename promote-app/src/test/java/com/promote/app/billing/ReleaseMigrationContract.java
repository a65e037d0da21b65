package com.promote.app.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.api.ExtensionMigration;
import com.promote.testing.TestDatabase.Kind;
import com.promote.testing.TestDatabase;
import com.promote.app.web.WebFeature;
import com.promote.app.wiring.Extensions;
import com.promote.engine.customfields.CustomFieldsModule;
import com.promote.engine.db.Migrator;
import com.promote.engine.roompermissions.RoomPermissionsModule;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A database made by the release before extensions owned their tables (its core and billing
 * changelogs are copied under {@code release/}, same changeset ids and paths), with data in it,
 * migrated forward by today's changelogs: nothing is re-created or lost, the teams' bill days
 * move to billing's own table and leave the core's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReleaseMigrationContract {
    private static final ExtensionMigration RELEASE_CORE =
            new ExtensionMigration("com/promote/app/billing/release/core-changelog.sql", ReleaseMigrationContract.class);
    private static final ExtensionMigration RELEASE_BILLING =
            new ExtensionMigration("com/promote/app/billing/release/billing-changelog.sql", ReleaseMigrationContract.class);

    private ExtensionMigration billing;
    private TestDatabase db;

    abstract Kind kind();

    @BeforeAll
    void loadBillingsChangelog() throws Exception {
        ClassLoader plugin = new URLClassLoader(new URL[] {BillingPluginJar.jar().toUri().toURL()},
                getClass().getClassLoader());
        billing = new ExtensionMigration("com/promote/billing/db/billing-changelog.sql",
                Class.forName("com.promote.billing.BillingModule", false, plugin));
    }

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    /** What the app migrates today with the billing plugin installed, in its order. */
    private List<ExtensionMigration> today() {
        return List.of(Migrator.CORE, Extensions.APP_CHANGELOG, WebFeature.CHANGELOG, billing,
                CustomFieldsModule.CHANGELOG, RoomPermissionsModule.CHANGELOG);
    }

    @Test
    void aReleaseDatabaseKeepsItsDataAndItsBillDaysMoveToBilling() {
        db = TestDatabase.create(kind());
        Migrator migrator = new Migrator(db.dataSource());
        migrator.migrate(List.of(RELEASE_CORE, Extensions.APP_CHANGELOG, WebFeature.CHANGELOG, RELEASE_BILLING));
        Jdbi jdbi = db.jdbi();
        long[] ids = jdbi.inTransaction(this::releaseData);
        long community = ids[0];
        long acme = ids[1];
        long member = ids[3];

        migrator.migrate(today());

        assertThat(columnsOf(jdbi, "teams")).doesNotContain("bill_day");
        List<List<Long>> billDays = jdbi.withHandle(h -> h.createQuery(
                        "SELECT team_id, community_id, bill_day FROM billing_team_bill_days")
                .map((rs, ctx) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list());
        assertThat(billDays).containsExactly(List.of(acme, community, 15L));
        assertThat(count(jdbi, "SELECT COUNT(*) FROM member_groups WHERE member_id = " + member)).isEqualTo(1);
        assertThat(count(jdbi, "SELECT COUNT(*) FROM member_custom_fields WHERE member_id = " + member)).isEqualTo(1);
        assertThat(count(jdbi, "SELECT COUNT(*) FROM billing_memberships WHERE member_id = " + member)).isEqualTo(1);
        assertThat(count(jdbi, "SELECT COUNT(*) FROM teams")).isEqualTo(2);
        assertThat(execTypes(jdbi)).containsEntry("promote-room-permissions:1-member-groups", "MARK_RAN")
                .containsEntry("promote-custom-fields:1-member-custom-fields", "MARK_RAN")
                .containsEntry("promote-billing:6-move-bill-days-from-teams", "EXECUTED");

        long changeSets = count(jdbi, "SELECT COUNT(*) FROM DATABASECHANGELOG");
        migrator.migrate(today());
        assertThat(count(jdbi, "SELECT COUNT(*) FROM DATABASECHANGELOG")).as("a second run finds nothing to do")
                .isEqualTo(changeSets);
    }

    @Test
    void aNewDatabaseGetsEachExtensionsTablesFromItsOwnChangelog() {
        db = TestDatabase.create(kind());
        new Migrator(db.dataSource()).migrate(today());
        Jdbi jdbi = db.jdbi();

        assertThat(columnsOf(jdbi, "teams")).doesNotContain("bill_day");
        assertThat(columnsOf(jdbi, "member_groups")).contains("member_id", "group_id");
        assertThat(columnsOf(jdbi, "billing_team_bill_days")).contains("team_id", "bill_day");
        assertThat(execTypes(jdbi)).containsEntry("promote-room-permissions:1-member-groups", "EXECUTED")
                .containsEntry("promote-custom-fields:1-member-custom-fields", "EXECUTED")
                .containsEntry("promote-billing:6-move-bill-days-from-teams", "MARK_RAN");
    }

    /** Community, teams Acme (bill day 15) and Plain (none), a member of Acme with a group, a field, a membership. */
    private long[] releaseData(Handle h) {
        long community = insert(h, "INSERT INTO communities (name, time_zone, billing_enabled, default_billing_day,"
                + " created_at) VALUES ('Hive', 'UTC', TRUE, 1, CURRENT_TIMESTAMP(3))");
        long acme = insert(h, "INSERT INTO teams (community_id, name, bill_day, created_at) VALUES (" + community
                + ", 'Acme', 15, CURRENT_TIMESTAMP(3))");
        long plain = insert(h, "INSERT INTO teams (community_id, name, created_at) VALUES (" + community
                + ", 'Plain', CURRENT_TIMESTAMP(3))");
        long member = insert(h, "INSERT INTO members (community_id, team_id, email, email_key, created_at, updated_at)"
                + " VALUES (" + community + ", " + acme + ", 'a@x.org', 'a@x.org', CURRENT_TIMESTAMP(3),"
                + " CURRENT_TIMESTAMP(3))");
        long group = insert(h, "INSERT INTO room_groups (community_id, name, created_at) VALUES (" + community
                + ", 'Blue', CURRENT_TIMESTAMP(3))");
        h.execute("INSERT INTO member_groups (member_id, group_id) VALUES (?, ?)", member, group);
        h.execute("INSERT INTO member_custom_fields (member_id, name, field_value) VALUES (?, 'Key Fob', '7')", member);
        long plan = insert(h, "INSERT INTO billing_plans (community_id, name, monthly_price_cents, currency)"
                + " VALUES (" + community + ", 'Desk', 10000, 'USD')");
        h.execute("INSERT INTO billing_memberships (community_id, member_id, team_id, plan_id, bill_day, start_date,"
                + " first_bill_date) VALUES (?, ?, ?, ?, 15, DATE '2026-06-15', DATE '2026-06-15')",
                community, member, acme, plan);
        return new long[] {community, acme, plain, member};
    }

    private static long insert(Handle h, String sql) {
        return h.createUpdate(sql).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static List<String> columnsOf(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT LOWER(column_name) FROM information_schema.columns"
                        + " WHERE LOWER(table_name) = :t AND table_schema = SCHEMA()")
                .bind("t", table).mapTo(String.class).list());
    }

    private static Map<String, String> execTypes(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT author, id, exectype FROM DATABASECHANGELOG")
                .map((rs, ctx) -> Map.entry(rs.getString(1) + ":" + rs.getString(2), rs.getString(3)))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
