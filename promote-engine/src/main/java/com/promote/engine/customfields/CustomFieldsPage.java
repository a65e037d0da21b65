package com.promote.engine.customfields;

import com.promote.api.ColumnHelp;
import com.promote.api.ExtensionPage;
import com.promote.api.ResultColumn;
import com.promote.api.ResultField;

/** Custom fields on the admin page: what any other column becomes, and a row's fields. */
final class CustomFieldsPage {
    static final ExtensionPage DESCRIPTION = ExtensionPage.of(CustomFieldsExtension.NAME, "Custom field")
            .withHelp(ColumnHelp.of("Key Fob", "Saved on each member as a custom field with that name.")
                    .shownAs("Any other column, e.g. `Key Fob`")
                    .example("1001", "1002", "1003"))
            .withResultColumns(ResultColumn.of("custom-fields", "Custom fields", ResultField.pairs("customFields")));

    private CustomFieldsPage() {
    }
}
