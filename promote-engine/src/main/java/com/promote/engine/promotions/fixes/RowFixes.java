package com.promote.engine.promotions.fixes;

import com.promote.api.Problem;
import com.promote.engine.columns.CoreColumn;
import com.promote.engine.crm.EmailKey;
import com.promote.engine.promotions.plan.RowCellsView;
import com.promote.engine.promotions.plan.RowDecision;
import com.promote.engine.promotions.plan.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Adds to a planned batch what fixing rows needs: each row's corrections, and the "email
 * changed" suggestions of the rows whose email matched nobody (one query for the batch).
 */
public final class RowFixes {
    private static final String NO_SUCH_PERSON = "no_such_person";

    private RowFixes() {
    }

    public static List<RowDecision> addTo(Handle h, RunContext run, List<RowCellsView> cells,
                                          List<RowDecision> decisions, Map<String, Long> members) {
        List<EmailChanged.Unmatched> unmatched = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            RowDecision d = decisions.get(i);
            RowCellsView view = cells.get(i);
            if (d instanceof RowDecision.Failed f && run.fixes.matchOf(view.rowNumber()) == null
                    && f.problems().stream().anyMatch(p -> NO_SUCH_PERSON.equals(p.code()))) {
                String email = f.facts().email();
                // The member would get the file's email: no suggestion when a member has it already.
                if (!members.containsKey(EmailKey.of(email))) {
                    unmatched.add(new EmailChanged.Unmatched(view.rowNumber(), email,
                            view.core(CoreColumn.FIRST_NAME).orElse(null), view.core(CoreColumn.LAST_NAME).orElse(null),
                            view.core(CoreColumn.COMPANY_NAME).orElse(null)));
                }
            }
        }
        Map<Integer, RowSuggestion> emailChanged = unmatched.isEmpty() ? Map.of()
                : EmailChanged.suggest(h, run.community.id(), unmatched);
        List<RowDecision> out = new ArrayList<>(decisions.size());
        for (RowDecision d : decisions) {
            int row = d.facts().row();
            RowSuggestion match = emailChanged.get(row);
            List<RowCorrection> corrections = run.fixes.correctionsOf(row);
            if (match == null && corrections.isEmpty()) {
                out.add(d);
            } else {
                out.add(d.withFacts(d.facts().with(match == null ? List.of() : List.of(match), corrections)));
            }
        }
        return out;
    }

    /** Whether a problem is the one an explicit person match fixes. */
    public static boolean isNoSuchPerson(Problem problem) {
        return NO_SUCH_PERSON.equals(problem.code());
    }
}
