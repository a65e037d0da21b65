package com.promote.app.promotions;

import static com.promote.app.testing.ApiClient.idOf201;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.testing.AppContract;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A row the page lets a person fix (a failed row, or one with a suggestion) carries its cells, by
 * header as written and in the file's order, so the page can edit them in place; a row that just
 * goes ahead carries none. A corrected preview's rows carry the corrected cells. H2 and MariaDB.
 */
abstract class RowCellsApiContract extends AppContract {

    @Test
    void rowsToFixCarryTheirCellsAndOthersNone() {
        long c = api.createCommunity("Row cells");
        idOf201(api.post("/api/communities/" + c + "/groups", Map.of("name", "Group Blue")));
        idOf201(api.post("/api/communities/" + c + "/teams", Map.of("name", "Acme")));
        for (String[] p : List.of(new String[] {"Ada", "ada@example.com"}, new String[] {"Grace", "grace@example.com"},
                new String[] {"Alan", "alan@example.com"})) {
            idOf201(api.post("/api/communities/" + c + "/people", Map.of("type", "lead", "firstName", p[0],
                    "lastName", "Test", "email", p[1])));
        }
        JsonNode preview = api.promote(c, "Email, Team Name ,Room Permissions,Key Fob\n"
                + "ada@example.com,Engines,Group Blue,007\n"
                + "grace@example.com,Engines,Group Purple,  K-3 \n"
                + "alan@example.com,acme,,\n", true);

        assertThat(row(preview, 1).has("cells")).as("a row that just goes ahead").isFalse();
        assertThat(cells(row(preview, 2))).containsExactly(Map.entry("Email", "grace@example.com"),
                Map.entry("Team Name", "Engines"), Map.entry("Room Permissions", "Group Purple"), Map.entry("Key Fob", "K-3"));
        assertThat(row(preview, 3).get("result").asText()).isEqualTo("would_promote");
        assertThat(cells(row(preview, 3))).as("a warned row with a suggestion").containsEntry("Team Name", "acme");

        var answer = api.post("/api/communities/" + c + "/promotions/" + preview.get("id").asLong() + "/corrections",
                Map.of("cells", List.of(Map.of("row", 2, "column", "Room Permissions", "value", "Group Bleu"))));
        assertThat(answer.status()).isEqualTo(202);
        JsonNode corrected = api.awaitFinished(c, answer.json().get("id").asLong());
        JsonNode still = row(corrected, 2);
        assertThat(still.get("result").asText()).isEqualTo("failed");
        assertThat(cells(still)).containsEntry("Room Permissions", "Group Bleu").containsEntry("Key Fob", "K-3");
    }

    private static JsonNode row(JsonNode promotion, int number) {
        for (JsonNode r : promotion.get("rows")) {
            if (r.get("row").asInt() == number) {
                return r;
            }
        }
        throw new AssertionError("no row " + number + " in " + promotion);
    }

    private static Map<String, String> cells(JsonNode row) {
        assertThat(row.has("cells")).as("row " + row.get("row") + " has cells: " + row).isTrue();
        Map<String, String> out = new LinkedHashMap<>();
        row.get("cells").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
