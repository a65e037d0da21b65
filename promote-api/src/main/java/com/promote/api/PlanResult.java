package com.promote.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link RowExtension#plan} decided: a plan to apply later plus the fields it adds to the
 * row's result ({@code "groups"}, ...: the core adds none of its own for an extension), or the problems that fail the row.
 */
public final class PlanResult<P> {
    private final P plan;
    private final Map<String, Object> report;
    private final List<Problem> problems;

    private PlanResult(P plan, Map<String, Object> report, List<Problem> problems) {
        this.plan = plan;
        // Ordered, and null allowed: a report may say "proratedInvoice": null.
        this.report = Collections.unmodifiableMap(new LinkedHashMap<>(report));
        this.problems = List.copyOf(problems);
    }

    /** The row can be promoted; {@code report} holds JSON-ready values for the row's result. */
    public static <P> PlanResult<P> of(P plan, Map<String, Object> report) {
        return new PlanResult<>(plan, report, List.of());
    }

    /** Nothing to write for this row; {@link RowExtension#write} is not called. */
    public static <P> PlanResult<P> nothing(Map<String, Object> report) {
        return new PlanResult<>(null, report, List.of());
    }

    /** The row fails; {@code problems} must not be empty. */
    public static <P> PlanResult<P> failed(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failed plan needs at least one problem");
        }
        return new PlanResult<>(null, Map.of(), problems);
    }

    public P plan() {
        return plan;
    }

    public Map<String, Object> report() {
        return report;
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean isFailed() {
        return !problems.isEmpty();
    }
}
