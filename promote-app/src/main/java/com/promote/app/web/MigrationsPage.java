package com.promote.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promote.api.ColumnHelp;
import com.promote.api.ExtensionPage;
import com.promote.api.ResultColumn;
import com.promote.app.auth.PageSession;
import com.promote.app.web.ExtensionPages.Described;
import com.promote.engine.communities.Community;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Migrations tab: how to prepare the file (the core's columns, then each extension's), and
 * "Promote Existing Leads or Contacts". The page's script gets the extensions' parts of a row
 * from {@link #scriptData()}.
 */
public final class MigrationsPage extends CommunityPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A row of the column help: the column, an extension's badge if it has one, what it does. */
    public record HelpRow(List<Markup> column, String badge, List<Markup> help) {
    }

    /** Said when an extension is off here: its columns are then custom fields. */
    public record OffNote(String id, List<Markup> text) {
    }

    /** What the page's script needs: the "Read as" labels and the extensions' columns of a row. */
    record ScriptData(Map<String, String> readAs, List<ResultColumn> resultColumns) {
    }

    private final List<Described> extensions;

    public MigrationsPage(PageSession session, Community community, List<Described> extensions) {
        super("migrations.mustache", "Migrations", session, community, "migrations");
        this.extensions = extensions;
    }

    public List<HelpRow> helpRows() {
        List<HelpRow> rows = new ArrayList<>();
        for (Described d : extensions) {
            for (ColumnHelp column : d.page().help()) {
                List<Markup> shown = column.shownAs() == null ? List.of(new Markup(column.header(), true))
                        : Markup.of(column.shownAs());
                rows.add(new HelpRow(shown, d.page().badge(), Markup.of(column.help())));
            }
        }
        return rows;
    }

    public List<OffNote> offNotes() {
        return extensions.stream().filter(d -> !d.on() && !d.page().help().isEmpty())
                .map(d -> new OffNote(d.page().extension().replace('_', '-') + "-off", offText(d.page()))).toList();
    }

    private static List<Markup> offText(ExtensionPage page) {
        List<String> headers = page.help().stream().map(c -> "`" + c.header() + "`").toList();
        return Markup.of(page.label() + " is off in this community, so " + PageText.and(headers)
                + (headers.size() == 1 ? " would be saved as a custom field." : " would be saved as custom fields."));
    }

    /** The extensions' columns of the rows table, for the community's extensions that are on. */
    public List<ResultColumn> resultColumns() {
        return extensions.stream().filter(Described::on).flatMap(d -> d.page().resultColumns().stream()).toList();
    }

    public String scriptData() {
        Map<String, String> readAs = new LinkedHashMap<>();
        extensions.forEach(d -> readAs.put(d.page().extension(), d.page().label()));
        try {
            return JSON.writeValueAsString(new ScriptData(readAs, resultColumns()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String exampleHref() {
        return base() + "/migrations/" + ExampleFile.NAME;
    }

    public String reportsHref() {
        return base() + "/reports";
    }
}
