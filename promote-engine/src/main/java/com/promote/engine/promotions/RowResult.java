package com.promote.engine.promotions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.promote.api.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened to one row: the API's row object. Extension fields ({@code groups},
 * {@code customFields}, {@code memberships}, {@code proratedInvoice}) come from their plans;
 * the defaults keep the documented shape when no extension speaks.
 */
@JsonPropertyOrder({"row", "email", "result", "messages", "problems", "warnings", "memberId", "teamId",
    "teamName", "teamCreated", "teamAdmin"})
public final class RowResult {
    public static final String PROMOTED = "promoted";
    public static final String WOULD_PROMOTE = "would_promote";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";

    public int row;
    public String email;
    public String result;
    public List<String> messages = new ArrayList<>();
    public List<Map<String, Object>> problems = new ArrayList<>();
    public List<String> warnings = new ArrayList<>();
    public Long memberId;
    public Long teamId;
    public String teamName;
    public boolean teamCreated;
    public boolean teamAdmin;
    private final Map<String, Object> extensionFields = new LinkedHashMap<>();

    public RowResult() {
        resetExtensionFields();
    }

    /** A failed row creates nothing, so it shows no groups, fields or memberships either. */
    void resetExtensionFields() {
        extensionFields.clear();
        extensionFields.put("groups", List.of());
        extensionFields.put("customFields", Map.of());
        extensionFields.put("memberships", List.of());
        extensionFields.put("proratedInvoice", null);
    }

    RowResult(int row, String email) {
        this();
        this.row = row;
        this.email = email;
    }

    @JsonAnyGetter
    public Map<String, Object> extensionFields() {
        return extensionFields;
    }

    void putAll(Map<String, Object> fields) {
        extensionFields.putAll(fields);
    }

    void fail(Problem problem) {
        result = FAILED;
        messages.add(problem.message());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("column", problem.column());
        p.put("code", problem.code());
        p.put("message", problem.message());
        problems.add(p);
    }

    void warn(String warning) {
        warnings.add(warning);
        messages.add(warning);
    }
}
