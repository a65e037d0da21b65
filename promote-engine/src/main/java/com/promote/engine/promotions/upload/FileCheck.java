package com.promote.engine.promotions.upload;

import com.promote.api.CommunityInfo;
import com.promote.api.CommunitySetting;
import com.promote.api.Problem;
import com.promote.engine.columns.Column;
import com.promote.engine.columns.ColumnMap;
import com.promote.engine.csv.CsvRecords;
import com.promote.engine.csv.CsvRow;
import com.promote.engine.csv.FileEncoding;
import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.extensions.ExtensionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole-file checks of an upload, before anything is stored: encoding, CSV shape
 * (read to the end, so unbalanced quotes are found now), header rules, and whether the
 * community can take the file at all.
 */
public final class FileCheck {
    public record Checked(FileEncoding encoding, ColumnMap columns, int totalRows) {
    }

    private FileCheck() {
    }

    public static Checked check(Path file, String name, CommunityInfo community, ExtensionRegistry registry) throws IOException {
        List<CommunitySetting> unserved = registry.unserved(community);
        if (!unserved.isEmpty()) {
            String names = String.join(", ", unserved.stream().map(CommunitySetting::field).toList());
            throw new PromoteException(ErrorKind.REFUSED, "This community has " + names + " on, but no extension"
                    + " installed on this server serves it, so its rows cannot be promoted as the community"
                    + " expects. Install the plugin that serves it (PROMOTE_PLUGINS_DIR) or turn the setting off.");
        }
        FileEncoding encoding;
        try (InputStream in = Files.newInputStream(file)) {
            encoding = FileEncoding.detect(in, name);
        }
        try (CsvRecords records = CsvRecords.open(Files.newInputStream(file), encoding, name)) {
            if (records.header() == null) {
                throw new PromoteException(ErrorKind.FILE_REJECTED, name + " has no header line");
            }
            ColumnMap columns = ColumnMap.read(records.header(), registry.all(), community);
            if (!columns.problems().isEmpty()) {
                List<String> details = columns.problems().stream().map(FileCheck::where).toList();
                throw new PromoteException(ErrorKind.FILE_REJECTED, name + ": the header cannot be used: "
                        + String.join("; ", details), details);
            }
            List<Column> unnamed = columns.columns().stream().filter(c -> c.header().isEmpty()).toList();
            int rows = 0;
            CsvRow row;
            while ((row = records.next()) != null) {
                rows++;
                for (Column c : unnamed) {
                    if (c.index() < row.cells().size() && !row.cells().get(c.index()).isBlank()) {
                        throw new PromoteException(ErrorKind.FILE_REJECTED, name + ": column " + (c.index() + 1)
                                + " has no header but row " + row.number() + " has a value in it ('"
                                + row.cells().get(c.index()).trim() + "'); name the column or delete it");
                    }
                }
            }
            return new Checked(encoding, columns, rows);
        }
    }

    private static String where(Problem p) {
        return p.column() == null ? p.message() : "column '" + p.column() + "': " + p.message();
    }
}
