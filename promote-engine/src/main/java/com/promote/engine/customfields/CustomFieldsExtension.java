package com.promote.engine.customfields;

import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.Problem;
import com.promote.api.RowCells;
import com.promote.api.PromotedRow;
import com.promote.api.RowExtension;
import com.promote.api.UndoContext;
import com.promote.api.Writes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every column nobody owns becomes a custom field on the member: name = header as written,
 * value = the trimmed cell, kept as text. An empty cell sets nothing.
 */
public final class CustomFieldsExtension implements RowExtension<Map<String, String>> {
    static final String NAME = "custom_field";
    static final int MAX_VALUE_BYTES = 65_535;
    static final String TABLE = "member_custom_fields";

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
    public Set<String> tables() {
        return Set.of(TABLE);
    }

    /** Members are new when promoted, so a plain insert per field. */
    @Override
    public void write(Map<String, String> fields, PromotedRow row, Writes writes) {
        fields.forEach((name, value) -> writes.insertInto(TABLE).set("member_id", row.memberId()).set("name", name)
                .set("field_value", value));
    }

    @Override
    public void undo(UndoContext context) {
        context.deleteMembersRows(TABLE);
    }
}
