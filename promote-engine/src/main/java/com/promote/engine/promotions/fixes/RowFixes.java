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
                : EmailChanged.suggest(h, run.community.id(), unmatched, run.firstRowOfEmail::mayHave);
        List<RowDecision> out = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            RowDecision d = decisions.get(i);
            int row = d.facts().row();
            RowSuggestion match = emailChanged.get(row);
            List<RowCorrection> corrections = run.fixes.correctionsOf(row);
            RowDecision.RowFacts facts = d.facts();
            if (match != null || !corrections.isEmpty()) {
                facts = facts.with(match == null ? List.of() : List.of(match), corrections);
            }
            // A row the page lets a person fix carries its cells, so they can be edited in place.
            if (d instanceof RowDecision.Failed || !facts.suggestions().isEmpty()) {
                facts = facts.withCells(cells.get(i).byHeader());
            }
            out.add(facts == d.facts() ? d : d.withFacts(facts));
        }
        return out;
    }

    /** Whether a problem is the one an explicit person match fixes. */
    public static boolean isNoSuchPerson(Problem problem) {
        return NO_SUCH_PERSON.equals(problem.code());
    }
}
