package com.promote.engine.promotions.fixes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cell of a promotion's file changed from the file first uploaded: column position and header,
 * the uploaded cell and the cell now (trimmed, as the rows read them).
 */
public record RowCorrection(int columnIndex, String column, String from, String to) {
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("column", column);
        json.put("from", from);
        json.put("to", to);
        return json;
    }
}
