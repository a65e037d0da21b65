package com.promote.billing.plans;

import com.promote.api.Problem;
import com.promote.api.RowCells;
import com.promote.billing.BillingColumns;
import com.promote.billing.BillingErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a row's Plans cell against the community's plans, adding a problem for each thing
 * wrong (empty cell, each unknown plan, a plan named twice, mixed currencies).
 */
public final class PlansCell {
    static final int MAX_LISTED = 30;

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
            problems.add(Problem.inRow(cells, column, BillingErrorCode.MISSING_PLANS.code(),
                    "Plans is empty: name at least one plan (" + existing(catalog) + ")."));
            return List.of();
        }
        int before = problems.size();
        List<Plan> plans = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, String> meant = new LinkedHashMap<>();
        int unknown = 0;
        for (String name : names) {
            if (!seen.add(name)) {
                // Two memberships of one plan is more likely a slip than intended; ask rather than guess.
                problems.add(Problem.inRow(cells, column, BillingErrorCode.DUPLICATE_PLAN.code(),
                        "Plan '" + name + "' is named twice; name each plan once."));
                continue;
            }
            Optional<Plan> plan = catalog.find(name);
            if (plan.isPresent()) {
                plans.add(plan.get());
                continue;
            }
            unknown++;
            catalog.meant(name).ifPresent(near -> meant.put(name, near));
            problems.add(Problem.inRow(cells, column, BillingErrorCode.UNKNOWN_PLAN.code(),
                    "No plan is named '" + name + "' (" + existing(catalog) + ")."));
        }
        if (unknown > 0 && meant.size() == unknown && problems.size() == before + unknown) {
            // Every unknown plan has its one near name and nothing else is wrong: one fix for the cell.
            String fixed = String.join(", ", names.stream().map(n -> meant.getOrDefault(n, n)).toList());
            int last = problems.size() - 1;
            problems.set(last, problems.get(last).suggesting(fixed,
                    "Did you mean " + String.join(" and ", meant.values()) + "?"));
        }
        Set<String> currencies = new LinkedHashSet<>();
        plans.forEach(plan -> currencies.add(plan.currency()));
        if (currencies.size() > 1) {
            problems.add(Problem.inRow(cells, column, BillingErrorCode.MIXED_CURRENCIES.code(),
                    "The plans of one row must share a currency; these are in " + String.join(" and ", currencies) + "."));
        }
        return problems.size() == before ? List.copyOf(plans) : List.of();
    }

    private static String existing(CommunityPlans catalog) {
        List<String> names = catalog.names();
        if (names.isEmpty()) {
            return "this community has no plans yet";
        }
        // A row's message stays readable however many plans the community has.
        String shown = String.join(", ", names.subList(0, Math.min(names.size(), MAX_LISTED)));
        return "plans that exist: " + shown + (names.size() > MAX_LISTED ? " and " + (names.size() - MAX_LISTED) + " more" : "");
    }
}
