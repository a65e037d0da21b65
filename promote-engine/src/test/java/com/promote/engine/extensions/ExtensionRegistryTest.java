package com.promote.engine.extensions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promote.api.CommunityInfo;
import com.promote.api.CommunitySetting;
import com.promote.api.PromotedRow;
import com.promote.api.Writes;
import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.RowCells;
import com.promote.api.RowExtension;
import com.promote.engine.customfields.CustomFieldsExtension;
import com.promote.engine.roompermissions.RoomPermissionsExtension;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Start-up checks of the installed extensions: order, names, column ownership. */
class ExtensionRegistryTest {

    /** A do-nothing extension that owns some columns. */
    static class Claiming implements RowExtension<Object> {
        private final String name;
        private final Set<String> columns;
        private final int order;
        private final boolean unclaimed;

        Claiming(String name, String... columns) {
            this(name, 100, false, columns);
        }

        Claiming(String name, int order, boolean unclaimed, String... columns) {
            this.name = name;
            this.order = order;
            this.unclaimed = unclaimed;
            this.columns = Set.of(columns);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public Set<String> ownedColumns() {
            return columns;
        }

        @Override
        public boolean takesUnclaimedColumns() {
            return unclaimed;
        }

        @Override
        public PlanResult<Object> plan(RowCells cells, PlanContext context) {
            return PlanResult.nothing(Map.of());
        }

        @Override
        public void write(Object plan, PromotedRow row, Writes writes) {
        }
    }

    /** Serves a community setting and owns a table, nothing else. */
    record Serving(String name, Set<CommunitySetting> serves, Set<String> tables) implements RowExtension<Object> {
        @Override
        public Set<String> ownedColumns() {
            return Set.of();
        }

        @Override
        public PlanResult<Object> plan(RowCells cells, PlanContext context) {
            return PlanResult.nothing(Map.of());
        }

        @Override
        public void write(Object plan, PromotedRow row, Writes writes) {
        }
    }

    @Test
    void extensionsRunByOrderThenNameWhateverTheyWereFoundIn() {
        ExtensionRegistry registry = new ExtensionRegistry(List.of(new CustomFieldsExtension(),
                new Claiming("zeta", 50, false, "Z"), new Claiming("alpha", 50, false, "A"),
                new RoomPermissionsExtension()));

        assertThat(registry.all()).extracting(RowExtension::name)
                .containsExactly("room_permissions", "alpha", "zeta", "custom_field");
    }

    @Test
    void aSettingOnThatNoExtensionServesIsFoundWithoutNamingAnyExtension() {
        CommunityInfo on = new CommunityInfo(1, "Hive", ZoneId.of("UTC"), true, 1);
        CommunityInfo off = new CommunityInfo(2, "Hive", ZoneId.of("UTC"), false, 1);
        ExtensionRegistry core = new ExtensionRegistry(List.of(new RoomPermissionsExtension(), new CustomFieldsExtension()));
        ExtensionRegistry served = new ExtensionRegistry(List.of(new RoomPermissionsExtension(),
                new Serving("anything", Set.of(CommunitySetting.BILLING_ENABLED), Set.of())));

        assertThat(core.unserved(on)).containsExactly(CommunitySetting.BILLING_ENABLED);
        assertThat(core.unserved(off)).isEmpty();
        assertThat(served.unserved(on)).isEmpty();
    }

    @Test
    void twoExtensionsOwningOneTableFailStartUp() {
        assertThatThrownBy(() -> new ExtensionRegistry(List.of(new RoomPermissionsExtension(),
                new Serving("sneaky", Set.of(), Set.of("member_groups")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Table 'member_groups' is claimed by both 'room_permissions' and 'sneaky'");
    }

    @Test
    void twoExtensionsClaimingOneColumnFailStartUp() {
        assertThatThrownBy(() -> new ExtensionRegistry(List.of(new RoomPermissionsExtension(),
                new Claiming("doors", "room_permissions"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Column 'room_permissions' is claimed by both 'room_permissions' and 'doors'");
    }

    @Test
    void anExtensionClaimingACoreColumnFailsStartUp() {
        for (String core : List.of("Email Address", "company", "TEAM_NAME", "Follow-up Date", "id")) {
            assertThatThrownBy(() -> new ExtensionRegistry(List.of(new Claiming("greedy", "Desk", core))))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Extension 'greedy' claims the core column '" + core + "'");
        }
    }

    @Test
    void twoExtensionsTakingTheUnclaimedColumnsFailStartUp() {
        assertThatThrownBy(() -> new ExtensionRegistry(List.of(new CustomFieldsExtension(),
                new Claiming("more_fields", 2_000, true))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Both 'custom_field' and 'more_fields' want the unclaimed columns; only one may");
    }

    @Test
    void twoExtensionsWithOneNameFailStartUp() {
        assertThatThrownBy(() -> new ExtensionRegistry(List.of(new RoomPermissionsExtension(),
                new Claiming("room_permissions", "Doors"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Two extensions are named 'room_permissions'");
    }
}
