package com.promote.engine.extensions;

import com.promote.api.CommunityInfo;
import com.promote.api.CommunitySetting;
import com.promote.api.RowExtension;
import com.promote.engine.columns.ColumnName;
import com.promote.engine.columns.CoreColumn;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The installed row extensions in their fixed order (by {@code order()}, then name), checked
 * once at start-up: unique names, no column or table claimed twice, at most one taker of
 * unclaimed columns.
 */
public final class ExtensionRegistry {
    private final List<RowExtension<?>> extensions;

    public ExtensionRegistry(Collection<RowExtension<?>> installed) {
        this.extensions = installed.stream()
                .sorted(Comparator.<RowExtension<?>>comparingInt(RowExtension::order)
                        .thenComparing(RowExtension::name))
                .toList();
        check();
    }

    public List<RowExtension<?>> all() {
        return extensions;
    }

    /** Whether an installed extension serves this community setting. */
    public boolean serves(CommunitySetting setting) {
        return extensions.stream().anyMatch(e -> e.serves().contains(setting));
    }

    /** The settings on for this community that no installed extension serves. */
    public List<CommunitySetting> unserved(CommunityInfo community) {
        return Arrays.stream(CommunitySetting.values()).filter(s -> s.isOn(community) && !serves(s)).toList();
    }

    private void check() {
        Map<String, String> names = new HashMap<>();
        Map<String, String> columns = new HashMap<>();
        Map<String, String> tables = new HashMap<>();
        String unclaimedTaker = null;
        for (RowExtension<?> extension : extensions) {
            String name = extension.name();
            if (names.put(name, name) != null) {
                throw new IllegalStateException("Two extensions are named '" + name + "'");
            }
            for (String column : extension.ownedColumns()) {
                String key = ColumnName.normalise(column);
                if (CoreColumn.isCoreName(key)) {
                    throw new IllegalStateException("Extension '" + name + "' claims the core column '"
                            + column + "'");
                }
                String other = columns.put(key, name);
                if (other != null) {
                    throw new IllegalStateException("Column '" + column + "' is claimed by both '"
                            + other + "' and '" + name + "'");
                }
            }
            for (String table : extension.tables()) {
                String other = tables.put(table, name);
                if (other != null) {
                    throw new IllegalStateException("Table '" + table + "' is claimed by both '" + other + "' and '"
                            + name + "'");
                }
            }
            if (extension.takesUnclaimedColumns()) {
                if (unclaimedTaker != null) {
                    throw new IllegalStateException("Both '" + unclaimedTaker + "' and '" + name
                            + "' want the unclaimed columns; only one may");
                }
                unclaimedTaker = name;
            }
        }
    }
}
