package com.promote.billing.plans;

import com.promote.api.Problem;
import com.promote.api.RowCells;
import com.promote.billing.BillingColumns;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a row's Plans cell against the community's plans, adding a problem for each thing
 * wrong (empty cell, each unknown plan, a plan named twice, mixed currencies).
 */
public final class PlansCell {
    private PlansCell() {
    }

    /** The plans named, in cell order; empty when any problem was added. */
    public static List<Plan> read(RowCells cells, CommunityPlans catalog, List<Problem> problems) {
        String column = BillingColumns.PLANS;
        List<String> names = cells.get(column).stream()
                .flatMap(cell -> List.of(cell.split(",")).stream())
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .toList();
        if (names.isEmpty()) {
            problems.add(Problem.inRow(cells, column, "missing_plans",
                    "Plans is empty: name at least one plan (" + existing(catalog) + ")."));
            return List.of();
        }
        int before = problems.size();
        List<Plan> plans = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                // Two memberships of one plan is more likely a slip than intended; ask rather than guess.
                problems.add(Problem.inRow(cells, column, "duplicate_plan",
                        "Plan '" + name + "' is named twice; name each plan once."));
                continue;
            }
            catalog.find(name).ifPresentOrElse(plans::add, () -> problems.add(Problem.inRow(cells, column,
                    "unknown_plan", "No plan is named '" + name + "' (" + existing(catalog) + ").")));
        }
        Set<String> currencies = new LinkedHashSet<>();
        plans.forEach(plan -> currencies.add(plan.currency()));
        if (currencies.size() > 1) {
            problems.add(Problem.inRow(cells, column, "mixed_currencies",
                    "The plans of one row must share a currency; these are in " + String.join(" and ", currencies) + "."));
        }
        return problems.size() == before ? List.copyOf(plans) : List.of();
    }

    private static String existing(CommunityPlans catalog) {
        return catalog.names().isEmpty()
                ? "this community has no plans yet"
                : "plans that exist: " + String.join(", ", catalog.names());
    }
}
