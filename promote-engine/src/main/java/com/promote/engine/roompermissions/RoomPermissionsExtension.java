package com.promote.engine.roompermissions;

import com.promote.api.NearNames;
import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.Problem;
import com.promote.api.RowCells;
import com.promote.api.PromotedRow;
import com.promote.api.RowExtension;
import com.promote.api.UndoContext;
import com.promote.api.Writes;
import com.promote.engine.groups.Group;
import com.promote.engine.groups.GroupDao;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** "Room Permissions": comma-separated group names; the member joins each. */
public final class RoomPermissionsExtension implements RowExtension<List<Long>> {
    static final String NAME = "room_permissions";
    static final String COLUMN = "Room Permissions";
    static final String TABLE = "member_groups";

    /** All groups of the community, loaded once per promotion. */
    static final class Groups {
        final Map<String, Long> byName = new LinkedHashMap<>();
        private NearNames near;

        /** The names a misspelt group was meant to be, indexed once per promotion when first needed. */
        NearNames near() {
            if (near == null) {
                near = NearNames.of(byName.keySet());
            }
            return near;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<String> ownedColumns() {
        return Set.of(COLUMN);
    }

    @Override
    public PlanResult<List<Long>> plan(RowCells cells, PlanContext context) {
        Optional<String> cell = cells.get(COLUMN);
        if (cell.isEmpty()) {
            return PlanResult.nothing(Map.of("groups", List.of()));
        }
        Groups groups = context.perPromotion(Groups.class, h -> {
            Groups loaded = new Groups();
            for (Group g : h.attach(GroupDao.class).list(context.community().id())) {
                loaded.byName.put(g.name(), g.id());
            }
            return loaded;
        });
        Set<String> names = new LinkedHashSet<>();
        for (String part : cell.get().split(",")) {
            if (!part.isBlank()) {
                names.add(part.trim());
            }
        }
        List<Long> ids = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> meant = new LinkedHashMap<>();
        for (String name : names) {
            Long id = groups.byName.get(name);
            if (id == null) {
                groups.near().match(name).ifPresent(group -> meant.put(name, group));
                problems.add(Problem.inRow(cells, COLUMN, "unknown_group", "there is no group named '" + name
                        + "'; groups that exist: " + (groups.byName.isEmpty() ? "none"
                        : String.join(", ", groups.byName.keySet()))));
            } else {
                ids.add(id);
            }
        }
        if (!problems.isEmpty()) {
            if (meant.size() == problems.size()) {
                // Every unknown name has its one near group: one suggestion for the whole cell.
                String fixed = String.join(", ", names.stream().map(n -> meant.getOrDefault(n, n)).distinct().toList());
                int last = problems.size() - 1;
                problems.set(last, problems.get(last).suggesting(fixed,
                        "Did you mean " + String.join(" and ", meant.values()) + "?"));
            }
            return PlanResult.failed(problems);
        }
        return PlanResult.of(ids, Map.of("groups", List.copyOf(names)));
    }

    @Override
    public Set<String> tables() {
        return Set.of(TABLE);
    }

    @Override
    public void write(List<Long> groupIds, PromotedRow row, Writes writes) {
        for (Long groupId : groupIds) {
            writes.insertInto(TABLE).set("member_id", row.memberId()).set("group_id", groupId);
        }
    }

    @Override
    public void undo(UndoContext context) {
        context.deleteMembersRows(TABLE);
    }
}
