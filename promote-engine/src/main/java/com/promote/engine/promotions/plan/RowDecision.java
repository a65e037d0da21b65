package com.promote.engine.promotions.plan;

import com.promote.api.Problem;
import com.promote.api.RowExtension;
import com.promote.api.TeamInfo;
import com.promote.engine.crm.Person;
import com.promote.engine.promotions.fixes.RowCorrection;
import com.promote.engine.promotions.fixes.RowSuggestion;
import com.promote.engine.promotions.report.RowResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What planning decided for one row, before anything is written: skipped, failed with its
 * problems, or planned (then written, or failed when it could not be saved). Immutable: a
 * row that fails at write time gets a new {@link RowResult}, nothing is reset.
 */
public sealed interface RowDecision {
    public RowFacts facts();

    /** The same decision with other facts (its suggestions and corrections added). */
    public RowDecision withFacts(RowFacts facts);

    /**
     * The row number, email, team and warnings every outcome shows, with the fixes the core
     * suggests (an extension's come with its problems) and the corrections made to the row.
     */
    public record RowFacts(int row, String email, String teamName, Long teamId, List<String> warnings,
                           List<RowSuggestion> suggestions, List<RowCorrection> corrections, Map<String, String> cells) {
        public RowFacts {
            warnings = List.copyOf(warnings);
            suggestions = List.copyOf(suggestions);
            corrections = List.copyOf(corrections);
            // In the file's column order: the page shows a row's cells as the file has them.
            cells = cells == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }

        public RowFacts(int row, String email, String teamName, Long teamId, List<String> warnings,
                        List<RowSuggestion> suggestions, List<RowCorrection> corrections) {
            this(row, email, teamName, teamId, warnings, suggestions, corrections, Map.of());
        }

        public RowFacts(int row, String email, String teamName, Long teamId, List<String> warnings) {
            this(row, email, teamName, teamId, warnings, List.of(), List.of());
        }

        /**
         * The same facts with the row's cells (header as written to value, corrections applied),
         * kept only for rows a person may fix in the page, so a big preview's rows stay small.
         */
        public RowFacts withCells(Map<String, String> rowCells) {
            return new RowFacts(row, email, teamName, teamId, warnings, suggestions, corrections, rowCells);
        }

        public static RowFacts of(int row, String email) {
            return new RowFacts(row, email, null, null, List.of());
        }

        public RowFacts with(List<RowSuggestion> moreSuggestions, List<RowCorrection> rowCorrections) {
            List<RowSuggestion> all = new ArrayList<>(suggestions);
            all.addAll(moreSuggestions);
            return new RowFacts(row, email, teamName, teamId, warnings, all, rowCorrections, cells);
        }
    }

    /** A blank row. */
    public record Skipped(RowFacts facts) implements RowDecision {
        @Override
        public RowDecision withFacts(RowFacts other) {
            return new Skipped(other);
        }
    }

    /** The core or an extension found problems; nothing of the row is written. */
    public record Failed(RowFacts facts, List<Problem> problems) implements RowDecision {
        public Failed {
            problems = List.copyOf(problems);
        }

        @Override
        public RowDecision withFacts(RowFacts other) {
            return new Failed(other, problems);
        }
    }

    /**
     * Everyone agreed: the member's values, its team, each extension's plan and the fields
     * extensions add to the row's result.
     */
    public record Planned(RowFacts facts, Person person, Map<String, String> memberValues, TeamInfo team,
                   List<ExtensionPlan> plans, Map<String, Object> report) implements RowDecision {
        public Planned {
            plans = List.copyOf(plans);
        }

        @Override
        public RowDecision withFacts(RowFacts other) {
            return new Planned(other, person, memberValues, team, plans, report);
        }

        public String teamName() {
            return facts.teamName();
        }
    }

    /** One extension's plan for a planned row. */
    public record ExtensionPlan(RowExtension<Object> extension, Object plan) {
    }
}
