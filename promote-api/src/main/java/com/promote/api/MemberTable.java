package com.promote.api;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A table of a {@link MemberSection}: a row per item of the JSON array its route answers.
 * A table with no items is not shown; its {@code empty} text, if any, is said instead.
 *
 * @param id      lower case and {@code -}: the table's element id is {@code <id>-table}
 * @param title   the table's heading
 * @param route   a GET route of the extension under {@code /api/communities/{c}}, with
 *                {@code {member}} for the member's id: {@code "/members/{member}/lockers"}
 * @param empty   said when the route answers no item, or null to say nothing
 * @param columns the table's columns
 */
public record MemberTable(String id, String title, String route, String empty, List<TableColumn> columns) {
    public MemberTable {
        ExtensionPage.checkId(id, "member table id");
        requireNonNull(title, "title is null");
        requireNonNull(route, "route is null");
        if (!route.startsWith("/") || !route.contains("{member}")) {
            throw new IllegalArgumentException("route '" + route + "' must start with '/' and name {member}");
        }
        columns = List.copyOf(columns);
    }

    public static MemberTable of(String id, String title, String route, TableColumn... columns) {
        return new MemberTable(id, title, route, null, List.of(columns));
    }

    public MemberTable whenEmpty(String text) {
        return new MemberTable(id, title, route, text, columns);
    }
}
