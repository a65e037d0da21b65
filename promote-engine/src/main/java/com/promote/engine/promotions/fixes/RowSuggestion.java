package com.promote.engine.promotions.fixes;

import com.promote.api.Problem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fix offered on a row: {@code column} is the header as written, with {@code value} what the
 * cell would become; or {@link #EMAIL} with the {@code personId} of the one lead or contact the
 * row must mean (promoted with the file's email).
 */
public record RowSuggestion(String column, String value, Long personId, String message) {
    public static final String EMAIL = "email";

    public static RowSuggestion of(Problem problem) {
        return new RowSuggestion(problem.column(), problem.suggestion().value(), null, problem.suggestion().message());
    }

    public boolean isMatch() {
        return personId != null;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("column", column);
        json.put("value", value);
        json.put("personId", personId);
        json.put("message", message);
        return json;
    }
}
