package com.promote.engine.customfields;

import com.promote.api.ApplyContext;
import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.RowCells;
import com.promote.api.RowExtension;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every column nobody owns becomes a custom field on the member: name = header as written,
 * value = the trimmed cell, kept as text. An empty cell sets nothing.
 */
public final class CustomFieldsExtension implements RowExtension<Map<String, String>> {
    @Override
    public String name() {
        return "custom_field";
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
        cells.unclaimed().forEach((name, value) -> {
            if (!value.isEmpty()) {
                fields.put(name, value);
            }
        });
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
}
