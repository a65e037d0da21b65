package com.promote.api;

import java.util.List;

/**
 * One column of the table of a preview's or promotion's rows, showing fields the extension put
 * in the row's result ({@link PlanResult#report()}). A failed row shows nothing in it: it
 * created nothing.
 *
 * @param id     lower case and {@code -}; the page marks the column's cells {@code col-<id>}
 * @param title  the column's heading
 * @param fields what the cell shows, in order
 */
public record ResultColumn(String id, String title, List<ResultField> fields) {
    public ResultColumn {
        ExtensionPage.checkId(id, "result column id");
        java.util.Objects.requireNonNull(title, "title is null");
        fields = List.copyOf(fields);
    }

    public static ResultColumn of(String id, String title, ResultField... fields) {
        return new ResultColumn(id, title, List.of(fields));
    }
}
