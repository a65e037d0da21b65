package com.promote.api;

import static java.util.Objects.requireNonNull;

/**
 * A column of a {@link MemberTable}: its heading, and its cell as a template naming the item's
 * fields in braces ({@code "{amount} {currency}"}; a missing field shows empty).
 */
public record TableColumn(String header, String template) {
    public TableColumn {
        requireNonNull(header, "header is null");
        requireNonNull(template, "template is null");
    }

    public static TableColumn of(String header, String template) {
        return new TableColumn(header, template);
    }
}
