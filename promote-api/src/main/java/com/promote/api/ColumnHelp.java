package com.promote.api;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One row of the Migrations tab's "Columns the file can have": the column, and what it does.
 * {@code help} and {@code shownAs} are plain text in which {@code `back-quoted`} parts show as code.
 *
 * @param header  the column as an admin types it; also its header in the example file
 * @param shownAs what the help table shows instead of the header (e.g. "Any other column, e.g.
 *                `Key Fob`"), or null for the header itself
 * @param help    what the column does
 * @param example the column's cells in the example file, one per example row (Ada Lovelace,
 *                Charles Babbage, Grace Hopper); empty for no column in the example
 */
public record ColumnHelp(String header, String shownAs, String help, List<String> example) {
    public ColumnHelp {
        requireNonNull(header, "header is null");
        requireNonNull(help, "help is null");
        example = List.copyOf(example);
    }

    public static ColumnHelp of(String header, String help) {
        return new ColumnHelp(header, null, help, List.of());
    }

    public ColumnHelp example(String... cells) {
        return new ColumnHelp(header, shownAs, help, List.of(cells));
    }

    public ColumnHelp shownAs(String text) {
        return new ColumnHelp(header, text, help, example);
    }
}
