package com.promote.engine.roompermissions;

import com.promote.api.ColumnHelp;
import com.promote.api.ExtensionPage;
import com.promote.api.ResultColumn;
import com.promote.api.ResultField;

/** Room permissions on the admin page: help for its column, and a row's groups. */
final class RoomPermissionsPage {
    static final ExtensionPage DESCRIPTION = ExtensionPage.of(RoomPermissionsExtension.NAME, "Room permissions")
            .withHelp(ColumnHelp.of(RoomPermissionsExtension.COLUMN, "Groups to add the member to, comma-separated,"
                            + " e.g. `Group Blue, Group A`. The groups must already exist.")
                    .example("Group Blue, Group A", "Group Blue", ""))
            .withResultColumns(ResultColumn.of("groups", "Groups", ResultField.list("groups")));

    private RoomPermissionsPage() {
    }
}
