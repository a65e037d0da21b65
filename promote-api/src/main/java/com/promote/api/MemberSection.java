package com.promote.api;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A section of a member's page: a title and tables, each filled from one of the extension's
 * own API routes. In a community where the extension is off, the section only says so.
 *
 * @param id     lower case and {@code -}: the section's element id
 * @param title  the section's heading
 * @param tables its tables, in order
 */
public record MemberSection(String id, String title, List<MemberTable> tables) {
    public MemberSection {
        ExtensionPage.checkId(id, "member section id");
        requireNonNull(title, "title is null");
        tables = List.copyOf(tables);
    }

    public static MemberSection of(String id, String title, MemberTable... tables) {
        return new MemberSection(id, title, List.of(tables));
    }
}
