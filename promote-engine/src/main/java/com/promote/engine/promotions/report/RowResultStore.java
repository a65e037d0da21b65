package com.promote.engine.promotions.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.promote.engine.promotions.fixes.RowSuggestion;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** promotion_rows: one result per (promotion, row), written with the row's own changes. */
public final class RowResultStore {
    private static final int MAX_EMAIL = 320;
    private static final int MAX_TEAM_NAME = 300;
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private RowResultStore() {
    }

    public static void insert(Handle handle, long promotionId, List<RowResult> results) {
        if (results.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO promotion_rows (promotion_id, row_no, email, result,"
                + " messages, member_id, team_id, team_name, team_created, team_admin, report, suggestions)"
                + " VALUES (:p, :row, :email, :result, :messages, :memberId, :teamId, :teamName, :teamCreated,"
                + " :teamAdmin, :report, :suggestions)");
        for (RowResult r : results) {
            batch.bind("p", promotionId).bind("row", r.row()).bind("email", clip(r.email(), MAX_EMAIL))
                    .bind("result", r.result())
                    .bind("messages", String.join("; ", r.messages())).bind("memberId", r.memberId())
                    .bind("teamId", r.teamId()).bind("teamName", clip(r.teamName(), MAX_TEAM_NAME))
                    .bind("teamCreated", r.teamCreated())
                    .bind("teamAdmin", r.teamCreated()).bind("report", toJson(r))
                    .bind("suggestions", suggestionsJson(r)).add();
        }
        batch.execute();
    }

    public static int lastRow(Handle handle, long promotionId) {
        return handle.createQuery("SELECT COALESCE(MAX(row_no), 0) FROM promotion_rows WHERE promotion_id = :p")
                .bind("p", promotionId).mapTo(Integer.class).one();
    }

    /** Rows in file order from {@code fromRow}, optionally of one result, as their JSON objects. */
    public static List<JsonNode> page(Handle handle, long promotionId, int fromRow, String result, int limit) {
        return handle.createQuery("SELECT report, row_no, email, result, messages FROM promotion_rows"
                        + " WHERE promotion_id = :p AND row_no >= :from"
                        + (result == null ? "" : " AND result = :result") + " ORDER BY row_no LIMIT :limit")
                .bind("p", promotionId).bind("from", fromRow).bind("result", result).bind("limit", limit)
                .map((rs, ctx) -> rs.getString(1) != null ? parse(rs.getString(1))
                        : kept(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    /** A row after retention removed its report: only what is kept for good. */
    private static JsonNode kept(int row, String email, String result, String messages) {
        var node = JSON.createObjectNode();
        node.put("row", row);
        node.put("email", email);
        node.put("result", result);
        var list = node.putArray("messages");
        if (messages != null && !messages.isEmpty()) {
            for (String m : messages.split("; ")) {
                list.add(m);
            }
        }
        return node;
    }

    public record Brief(int row, String email, String result, String messages) {
    }

    public static List<Brief> briefs(Handle handle, long promotionId, int fromRow, int limit) {
        return handle.createQuery("SELECT row_no, email, result, messages FROM promotion_rows"
                        + " WHERE promotion_id = :p AND row_no >= :from ORDER BY row_no LIMIT :limit")
                .bind("p", promotionId).bind("from", fromRow).bind("limit", limit)
                .map((rs, ctx) -> new Brief(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /**
     * A cell longer than its column (an email or company cell pasted wrong) must fail its row,
     * not the batch's insert: the columns keep a clipped copy, the report JSON the whole text.
     */
    private static String clip(String value, int max) {
        if (value == null || value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max));
    }

    /** Only rows that have some: the column stays NULL for the rest, so accepting reads few rows. */
    private static String suggestionsJson(RowResult r) {
        var suggestions = r.suggestions();
        if (suggestions.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(suggestions.stream().map(s -> s.toJson()).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Row " + r.row() + "'s suggestions cannot be written as JSON", e);
        }
    }

    /** Every row of the promotion that has suggestions: row number to its suggestions. */
    public static Map<Integer, List<RowSuggestion>> suggestions(Handle handle, long promotionId) {
        Map<Integer, List<RowSuggestion>> byRow = new TreeMap<>();
        handle.createQuery("SELECT row_no, suggestions FROM promotion_rows WHERE promotion_id = :p"
                        + " AND suggestions IS NOT NULL ORDER BY row_no")
                .bind("p", promotionId)
                .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getString(2)))
                .forEach(e -> {
                    try {
                        byRow.put(e.getKey(), JSON.readValue(e.getValue(), new TypeReference<List<RowSuggestion>>() { }));
                    } catch (JsonProcessingException ex) {
                        throw new IllegalStateException("Stored suggestions are not JSON", ex);
                    }
                });
        return byRow;
    }

    private static String toJson(RowResult r) {
        try {
            return JSON.writeValueAsString(r.toJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Row " + r.row() + "'s result cannot be written as JSON", e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored row result is not JSON", e);
        }
    }
}
