package com.promote.engine.workbooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.engine.rows.RowSource;
import com.promote.engine.rows.RowSources;
import com.promote.engine.rows.SourceRow;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Workbooks LibreOffice Calc wrote (see make-fixtures.sh) read cell by cell as a person sees
 * them in the spreadsheet.
 */
class SheetRowsTest {
    static Path fixture(String name) {
        try {
            return Path.of(SheetRowsTest.class.getResource("/workbooks/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<SourceRow> rows(RowSource source) {
        List<SourceRow> out = new ArrayList<>();
        SourceRow row;
        while ((row = source.next()) != null) {
            out.add(row);
        }
        return out;
    }

    @Test
    void theFirstVisibleSheetIsReadFromItsFirstRowWithValues() throws IOException {
        try (RowSource source = RowSources.open(fixture("cells.xlsx"), "cells.xlsx")) {
            assertThat(source.header()).containsExactly("email", "first_name", "last_name", "phone", "company_name",
                    "Key Fob", "Joined", "Billing Start Date", "Monthly Bill Date", "Member No", "Active", "Score",
                    "Greeting");
            List<SourceRow> rows = rows(source);

            // The blank sheet row between Ada and Bob is blank row 2; the empty rows after Cy are no rows.
            assertThat(rows).extracting(SourceRow::number).containsExactly(1, 2, 3, 4);
            assertThat(rows.get(1).isBlank()).isTrue();

            SourceRow ada = rows.get(0);
            assertThat(ada.cells()).containsExactly("ada@x.org", "Ada", "Lovelace", "+1 555 0100",
                    "=cmd|' /C calc'!A0", "08123", "2026-06-20", "2026-06-20", "5", "2095257564", "TRUE", "12.5",
                    "Hi Ada");
            assertThat(ada.dates()).isEqualTo(Map.of(6, LocalDate.of(2026, 6, 20), 7, LocalDate.of(2026, 6, 20)));
            assertThat(ada.unreadable()).isEmpty();

            SourceRow bob = rows.get(2);
            assertThat(bob.cells()).containsExactly("bob@x.org", "Bob", "Byte", "5550199", "Engines Ltd", "42",
                    "2026-01-02", "06/20/2026", "5", "1234567890123", "FALSE", "0.3", "007");
            assertThat(bob.dates()).isEmpty();

            SourceRow cy = rows.get(3);
            assertThat(cy.unreadable()).containsExactly(
                    "cell F6 holds the error #N/A; fix it in the spreadsheet or type the value",
                    "cell L6 holds the error #DIV/0!; fix it in the spreadsheet or type the value");
        }
    }

    @Test
    void aDateOfThe1904DateSystemIsTheSameDate() throws IOException {
        try (RowSource source = RowSources.open(fixture("dates-1904.xlsx"), "dates-1904.xlsx")) {
            SourceRow ada = rows(source).get(0);
            assertThat(ada.cells()).containsExactly("ada@x.org", "2026-06-20");
            assertThat(ada.dates()).containsEntry(1, LocalDate.of(2026, 6, 20));
        }
    }
}
