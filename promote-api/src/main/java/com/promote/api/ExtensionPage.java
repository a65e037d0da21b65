package com.promote.api;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * How an extension shows on the admin page, as data the core page renders: help rows for its
 * columns (the Migrations tab), its columns of a row's preview and result, and sections of
 * the member page fed by its own API routes. An extension brings no JavaScript; the core page
 * renders every description alike and names no extension.
 *
 * <pre>{@code
 * PromoteBinders.pages(binder()).addBinding().toInstance(
 *         ExtensionPage.of("locker", "Locker")
 *                 .withHelp(ColumnHelp.of("Locker", "The member's locker number, e.g. `A-12`.").example("A-12", "", "B-3"))
 *                 .withResultColumns(ResultColumn.of("locker", "Locker", ResultField.text("locker")))
 *                 .withMemberSections(MemberSection.of("locker", "Locker", MemberTable.of("lockers", "Lockers",
 *                         "/members/{member}/lockers", TableColumn.of("Locker", "{number}")))));
 * }</pre>
 *
 * @param extension     the {@link RowExtension#name()} this describes; start-up fails when no
 *                      installed row extension has that name
 * @param label         what the page calls the extension: the "Read as" of its columns, and the
 *                      name in "... is off in this community"
 * @param badge         a tag shown next to each of its help rows (e.g. {@code "billing"}), or null
 * @param help          one row of the Migrations tab's column help per column
 * @param resultColumns its columns in the table of a preview's or promotion's rows
 * @param memberSections its sections on a member's page
 */
public record ExtensionPage(String extension, String label, String badge, List<ColumnHelp> help,
                            List<ResultColumn> resultColumns, List<MemberSection> memberSections) {
    public ExtensionPage {
        requireNonNull(extension, "extension is null");
        requireNonNull(label, "label is null");
        help = List.copyOf(help);
        resultColumns = List.copyOf(resultColumns);
        memberSections = List.copyOf(memberSections);
    }

    /** A description with nothing in it yet: add to it with the {@code with...} methods. */
    public static ExtensionPage of(String extension, String label) {
        return new ExtensionPage(extension, label, null, List.of(), List.of(), List.of());
    }

    public ExtensionPage withBadge(String badge) {
        return new ExtensionPage(extension, label, badge, help, resultColumns, memberSections);
    }

    public ExtensionPage withHelp(ColumnHelp... rows) {
        return new ExtensionPage(extension, label, badge, plus(help, rows), resultColumns, memberSections);
    }

    public ExtensionPage withResultColumns(ResultColumn... columns) {
        return new ExtensionPage(extension, label, badge, help, plus(resultColumns, columns), memberSections);
    }

    public ExtensionPage withMemberSections(MemberSection... sections) {
        return new ExtensionPage(extension, label, badge, help, resultColumns, plus(memberSections, sections));
    }

    @SafeVarargs
    private static <T> List<T> plus(List<T> list, T... more) {
        List<T> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }

    /** Ids end up in the page's element ids and classes: lower case, digits and {@code -}. */
    static String checkId(String id, String what) {
        requireNonNull(id, what + " is null");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException(what + " '" + id + "' must be lower case letters, digits and '-'");
        }
        return id;
    }
}
