package com.promote.engine.columns;

import com.promote.api.CommunityInfo;
import com.promote.api.HeaderInfo;
import com.promote.api.Problem;
import com.promote.api.RowExtension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file's header read against the core's columns and the extensions enabled for the
 * community: which column is whose, and every header problem that rejects the file.
 */
public final class ColumnMap implements HeaderInfo {
    private static final int MAX_HEADER = 200;

    private final List<Column> columns;
    private final Map<String, Column> byNormalised;
    private final Map<CoreColumn, Column> byCore = new java.util.EnumMap<>(CoreColumn.class);
    /** Extensions ask by the name they know, row after row: normalise each name once. */
    private final Map<String, Optional<Column>> byAskedName = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<RowExtension<?>> enabled;
    private final List<Problem> problems;

    private ColumnMap(List<Column> columns, List<RowExtension<?>> enabled, List<Problem> problems) {
        this.columns = List.copyOf(columns);
        this.enabled = List.copyOf(enabled);
        this.problems = problems;
        this.byNormalised = new HashMap<>();
        columns.stream().filter(c -> !c.normalised().isEmpty()).forEach(c -> byNormalised.putIfAbsent(c.normalised(), c));
        columns.stream().filter(c -> c.core() != null).forEach(c -> byCore.putIfAbsent(c.core(), c));
    }

    public static ColumnMap read(List<String> header, List<RowExtension<?>> installed, CommunityInfo community) {
        List<RowExtension<?>> enabled = installed.stream().filter(e -> e.isEnabledFor(community)).toList();
        Map<String, RowExtension<?>> owners = new HashMap<>();
        RowExtension<?> unclaimedTaker = null;
        for (RowExtension<?> e : enabled) {
            e.ownedColumns().forEach(c -> owners.put(ColumnName.normalise(c), e));
            if (e.takesUnclaimedColumns()) {
                unclaimedTaker = e;
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        Map<Object, String> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String written = header.get(i) == null ? "" : header.get(i).trim();
            String normalised = ColumnName.normalise(written);
            Optional<CoreColumn> core = CoreColumn.byHeader(written);
            Column column;
            if (normalised.isEmpty()) {
                column = new Column(i, "", "", Column.IGNORED, null, null);
            } else if (core.isPresent()) {
                column = new Column(i, written, normalised, core.get().isRead() ? Column.CORE : Column.IGNORED,
                        core.get(), null);
            } else if (owners.containsKey(normalised)) {
                RowExtension<?> owner = owners.get(normalised);
                column = new Column(i, written, normalised, owner.name(), null, owner);
            } else if (unclaimedTaker != null) {
                column = new Column(i, written, normalised, unclaimedTaker.name(), null, unclaimedTaker);
            } else {
                column = new Column(i, written, normalised, Column.IGNORED, null, null);
            }
            columns.add(column);
            if (normalised.isEmpty()) {
                continue;
            }
            if (written.length() > MAX_HEADER) {
                problems.add(Problem.inHeader(written, "header_too_long",
                        "column " + (i + 1) + "'s header is longer than " + MAX_HEADER + " characters"));
            }
            Object key = core.isPresent() ? core.get() : normalised;
            String earlier = seen.putIfAbsent(key, written);
            if (earlier != null) {
                problems.add(Problem.inHeader(written, "duplicate_column", "columns '" + earlier + "' and '"
                        + written + "' (column " + (i + 1) + ") name the same column; keep one"));
            }
        }
        if (columns.stream().noneMatch(c -> c.core() == CoreColumn.EMAIL)) {
            problems.add(Problem.inHeader(null, "missing_email_column",
                    "the file has no email column (a header named email or Email Address); it is how rows find their lead or contact"));
        }
        ColumnMap map = new ColumnMap(columns, enabled, problems);
        for (RowExtension<?> e : enabled) {
            problems.addAll(e.checkHeader(map, community));
        }
        return map;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<RowExtension<?>> enabledExtensions() {
        return enabled;
    }

    /** Problems that reject the whole file. */
    public List<Problem> problems() {
        return problems;
    }

    public Optional<Column> core(CoreColumn core) {
        return Optional.ofNullable(byCore.get(core));
    }

    public Optional<Column> byName(String column) {
        return byAskedName.computeIfAbsent(column, c -> Optional.ofNullable(byNormalised.get(ColumnName.normalise(c))));
    }

    /** header -> readAs, in file order, for the preview and the API. */
    public List<Map<String, String>> describe() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Column c : columns) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("header", c.header());
            entry.put("readAs", c.readAs());
            out.add(entry);
        }
        return out;
    }

    @Override
    public boolean has(String column) {
        return byName(column).isPresent();
    }

    @Override
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
