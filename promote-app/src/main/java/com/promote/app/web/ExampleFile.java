package com.promote.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.promote.api.ColumnHelp;
import com.promote.app.web.ExtensionPages.Described;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The example CSV the Migrations tab offers: three leads with the person columns, then the
 * example cells of each extension that is on in the community, in the extensions' order.
 */
final class ExampleFile {
    static final String NAME = "promote-example.csv";
    private static final List<String> HEADERS = List.of("email", "first_name", "last_name", "company_name", "phone");
    private static final List<List<String>> PEOPLE = List.of(
            List.of("ada@example.com", "Ada", "Lovelace", "Analytical Engines", "+44 20 7946 0000"),
            List.of("charles@example.com", "Charles", "Babbage", "Analytical Engines", ""),
            List.of("grace@example.com", "Grace", "Hopper", "", ""));
    /** Quotes only the cells that need it, as a spreadsheet would save them. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private ExampleFile() {
    }

    static String csv(List<Described> extensions) {
        List<String> headers = new ArrayList<>(HEADERS);
        List<List<String>> rows = new ArrayList<>();
        PEOPLE.forEach(p -> rows.add(new ArrayList<>(p)));
        for (Described d : extensions) {
            if (!d.on()) {
                continue;
            }
            for (ColumnHelp column : d.page().help()) {
                if (column.example().isEmpty()) {
                    continue;
                }
                headers.add(column.header());
                for (int i = 0; i < rows.size(); i++) {
                    rows.get(i).add(i < column.example().size() ? column.example().get(i) : "");
                }
            }
        }
        try {
            return CSV.writer(CsvSchema.emptySchema()).writeValueAsString(headers)
                    + CSV.writer(CsvSchema.emptySchema()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
