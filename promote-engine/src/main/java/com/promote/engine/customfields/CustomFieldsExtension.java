package com.promote.engine.customfields;

import com.promote.api.AppliedRow;
import com.promote.api.ApplyContext;
import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.Problem;
import com.promote.api.RowCells;
import com.promote.api.RowExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Every column nobody owns becomes a custom field on the member: name = header as written,
 * value = the trimmed cell, kept as text. An empty cell sets nothing.
 */
public final class CustomFieldsExtension implements RowExtension<Map<String, String>> {
    static final String NAME = "custom_field";
    static final int MAX_VALUE_BYTES = 65_535;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 1_000;
    }

    @Override
    public Set<String> ownedColumns() {
        return Set.of();
    }

    @Override
    public boolean takesUnclaimedColumns() {
        return true;
    }

    @Override
    public PlanResult<Map<String, String>> plan(RowCells cells, PlanContext context) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        cells.unclaimed().forEach((name, value) -> {
            if (value.getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
                // What the column holds on MySQL/MariaDB (TEXT); said now, so the preview agrees with the run.
                problems.add(Problem.inRow(cells, name, "custom_field_too_long", "the value of custom field '" + name
                        + "' is longer than " + MAX_VALUE_BYTES + " bytes, the most a custom field holds"));
            } else if (!value.isEmpty()) {
                fields.put(name, value);
            }
        });
        if (!problems.isEmpty()) {
            return PlanResult.failed(problems);
        }
        return fields.isEmpty() ? PlanResult.nothing(Map.of("customFields", Map.of()))
                : PlanResult.of(fields, Map.of("customFields", fields));
    }

    @Override
    public void apply(Map<String, String> fields, ApplyContext context) {
        CustomFieldDao dao = context.handle().attach(CustomFieldDao.class);
        fields.forEach((name, value) -> {
            // A later upload naming the same field overwrites the member's value.
            dao.delete(context.memberId(), name);
        });
        dao.insert(context.memberId(), fields.keySet(), fields.values());
    }

    /** Members are new when promoted, so a plain batch insert; a clash falls back to {@link #apply}. */
    @Override
    public void applyAll(List<AppliedRow<Map<String, String>>> rows) {
        PreparedBatch batch = rows.get(0).context().handle()
                .prepareBatch("INSERT INTO member_custom_fields (member_id, name, field_value) VALUES (:m, :n, :v)");
        for (AppliedRow<Map<String, String>> row : rows) {
            row.plan().forEach((name, value) -> batch.bind("m", row.context().memberId()).bind("n", name)
                    .bind("v", value).add());
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
