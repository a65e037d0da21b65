package com.promote.engine.promotions.upload;

import com.promote.api.CommunityInfo;
import com.promote.api.CommunitySetting;
import com.promote.api.Problem;
import com.promote.engine.columns.Column;
import com.promote.engine.columns.ColumnMap;
import com.promote.engine.csv.FileEncoding;
import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.extensions.ExtensionRegistry;
import com.promote.engine.rows.FileFormat;
import com.promote.engine.rows.RowSource;
import com.promote.engine.rows.RowSources;
import com.promote.engine.rows.SourceRow;
import com.promote.engine.workbooks.WorkbookGuard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole-file checks of an upload, before anything is stored: its format (a workbook is
 * looked inside first), encoding and CSV shape (read to the end, so unbalanced quotes are found
 * now), header rules, and whether the community can take the file at all.
 */
public final class FileCheck {
    /** {@code encoding}: a CSV file's, null for a workbook. */
    public record Checked(FileFormat format, FileEncoding encoding, ColumnMap columns, int totalRows) {
    }

    private FileCheck() {
    }

    /** A workbook may unpack to at most this many times the upload limit. */
    static final int MAX_UNPACK_RATIO = 10;

    public static Checked check(Path file, String name, CommunityInfo community, ExtensionRegistry registry,
                                long maxUploadBytes) throws IOException {
        List<CommunitySetting> unserved = registry.unserved(community);
        if (!unserved.isEmpty()) {
            String names = String.join(", ", unserved.stream().map(CommunitySetting::field).toList());
            throw new PromoteException(ErrorKind.REFUSED, "This community has " + names + " on, but no extension"
                    + " installed on this server serves it, so its rows cannot be promoted as the community"
                    + " expects. Install the plugin that serves it (PROMOTE_PLUGINS_DIR) or turn the setting off.");
        }
        FileFormat format = RowSources.formatOf(() -> Files.newInputStream(file), name);
        if (format == FileFormat.XLSX) {
            WorkbookGuard.check(file, name, maxUploadBytes * MAX_UNPACK_RATIO);
        }
        FileEncoding encoding = format == FileFormat.CSV
                ? RowSources.encodingOf(() -> Files.newInputStream(file), name) : null;
        try (RowSource records = encoding == null ? RowSources.open(file, name)
                : RowSources.open(() -> Files.newInputStream(file), name, encoding)) {
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
            SourceRow row;
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
            return new Checked(format, encoding, columns, rows);
        }
    }

    private static String where(Problem p) {
        return p.column() == null ? p.message() : "column '" + p.column() + "': " + p.message();
    }
}
