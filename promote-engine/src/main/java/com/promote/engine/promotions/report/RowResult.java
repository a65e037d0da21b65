package com.promote.engine.promotions.report;

import com.promote.api.Problem;
import com.promote.api.TeamInfo;
import com.promote.engine.promotions.fixes.RowCorrection;
import com.promote.engine.promotions.fixes.RowSuggestion;
import com.promote.engine.promotions.plan.RowDecision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What happened to one row: the API's row object, built once from the row's
 * {@link RowDecision} (and, for a written row, what the write made). The core adds no key of
 * an extension's: a planned or written row shows the fields its extensions reported; a failed
 * or skipped row shows none.
 */
public record RowResult(RowDecision.RowFacts facts, String result, List<Problem> problems, Long memberId, Long teamId,
                 boolean teamCreated, Map<String, Object> extensionFields) {
    public static final String PROMOTED = "promoted";
    public static final String WOULD_PROMOTE = "would_promote";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";

    public RowResult {
        problems = List.copyOf(problems);
        // Ordered, and null allowed: an extension may report a field as null.
        extensionFields = Collections.unmodifiableMap(new LinkedHashMap<>(extensionFields));
    }

    /** A decision that writes nothing: skipped, failed, or (in a preview) planned. */
    public static RowResult of(RowDecision decision) {
        if (decision instanceof RowDecision.Failed f) {
            return failed(f.facts(), f.problems());
        }
        if (decision instanceof RowDecision.Planned p) {
            return new RowResult(p.facts(), WOULD_PROMOTE, List.of(), null, p.facts().teamId(),
                    p.team().origin() == TeamInfo.Origin.CREATED_BY_THIS_ROW, p.report());
        }
        return new RowResult(decision.facts(), SKIPPED, List.of(), null, decision.facts().teamId(), false, Map.of());
    }

    public static RowResult promoted(RowDecision.Planned row, long memberId, long teamId, boolean teamCreated) {
        return new RowResult(row.facts(), PROMOTED, List.of(), memberId, teamId, teamCreated, row.report());
    }

    public static RowResult failed(RowDecision.RowFacts facts, List<Problem> problems) {
        return new RowResult(facts, FAILED, problems, null, facts.teamId(), false, Map.of());
    }

    public int row() {
        return facts.row();
    }

    public String email() {
        return facts.email();
    }

    public String teamName() {
        return facts.teamName();
    }

    /** Warnings first, then problems: the order a person reads them in. */
    public List<String> messages() {
        List<String> messages = new ArrayList<>(facts.warnings());
        problems.forEach(p -> messages.add(p.message()));
        return messages;
    }

    /**
     * The fixes offered: the core's (an email-changed match, a team's near name) then those the
     * extensions' problems carry, one per cell, so accepting them all is never two values for one cell.
     */
    public List<RowSuggestion> suggestions() {
        List<RowSuggestion> all = new ArrayList<>(facts.suggestions());
        Set<String> cells = new HashSet<>();
        all.forEach(s -> cells.add(s.column()));
        for (Problem p : problems) {
            if (p.suggestion() != null && p.column() != null && cells.add(p.column())) {
                all.add(RowSuggestion.of(p));
            }
        }
        return all;
    }

    /** The row as JSON-ready values, in the API's field order. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("row", facts.row());
        json.put("email", facts.email());
        json.put("result", result);
        json.put("messages", messages());
        json.put("problems", problems.stream().map(RowResult::problem).toList());
        json.put("warnings", facts.warnings());
        json.put("memberId", memberId);
        json.put("teamId", teamId);
        json.put("teamName", facts.teamName());
        json.put("teamCreated", teamCreated);
        json.put("teamAdmin", teamCreated);
        json.put("suggestions", suggestions().stream().map(RowSuggestion::toJson).toList());
        json.put("corrections", facts.corrections().stream().map(RowCorrection::toJson).toList());
        if (!facts.cells().isEmpty()) {
            json.put("cells", facts.cells());
        }
        json.putAll(extensionFields);
        return json;
    }

    private static Map<String, Object> problem(Problem problem) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("column", problem.column());
        p.put("code", problem.code());
        p.put("message", problem.message());
        return p;
    }
}
