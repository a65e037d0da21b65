package com.promote.engine.roompermissions;

import com.promote.api.AppliedRow;
import com.promote.api.ApplyContext;
import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.Problem;
import com.promote.api.RowCells;
import com.promote.api.RowExtension;
import com.promote.engine.groups.Group;
import com.promote.engine.groups.GroupDao;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;

/** "Room Permissions": comma-separated group names; the member joins each. */
public final class RoomPermissionsExtension implements RowExtension<List<Long>> {
    static final String NAME = "room_permissions";
    static final String COLUMN = "Room Permissions";

    /** All groups of the community, loaded once per promotion. */
    static final class Groups {
        final Map<String, Long> byName = new LinkedHashMap<>();
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
        for (String name : names) {
            Long id = groups.byName.get(name);
            if (id == null) {
                problems.add(Problem.inRow(cells, COLUMN, "unknown_group", "there is no group named '" + name
                        + "'; groups that exist: " + (groups.byName.isEmpty() ? "none"
                        : String.join(", ", groups.byName.keySet()))));
            } else {
                ids.add(id);
            }
        }
        if (!problems.isEmpty()) {
            return PlanResult.failed(problems);
        }
        return PlanResult.of(ids, Map.of("groups", List.copyOf(names)));
    }

    @Override
    public void apply(List<Long> groupIds, ApplyContext context) {
        if (!groupIds.isEmpty()) {
            context.handle().attach(GroupDao.class).addMember(context.memberId(), groupIds);
        }
    }

    @Override
    public void applyAll(List<AppliedRow<List<Long>>> rows) {
        PreparedBatch batch = rows.get(0).context().handle()
                .prepareBatch("INSERT INTO member_groups (member_id, group_id) VALUES (:m, :g)");
        for (AppliedRow<List<Long>> row : rows) {
            for (Long groupId : row.plan()) {
                batch.bind("m", row.context().memberId()).bind("g", groupId).add();
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
