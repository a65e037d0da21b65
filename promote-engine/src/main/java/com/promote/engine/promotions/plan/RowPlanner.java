package com.promote.engine.promotions.plan;

import com.promote.api.CommunityInfo;
import com.promote.api.PersonInfo;
import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.Problem;
import com.promote.api.RowExtension;
import com.promote.api.TeamInfo;
import com.promote.engine.columns.CoreColumn;
import com.promote.engine.crm.EmailKey;
import com.promote.engine.crm.Person;
import com.promote.engine.promotions.fixes.RowSuggestion;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, without writing, what one row would do: the core's rules (blank, no email,
 * duplicate, no such person, team), then each enabled extension's plan. Every problem is
 * collected, not just the first.
 */
public final class RowPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(RowPlanner.class);
    private static final int MAX_TEAM_NAME = 300;
    /** What the members table holds (see core-changelog.sql). */
    private static final Map<CoreColumn, Integer> MAX_CHARS = new java.util.EnumMap<>(Map.of(
            CoreColumn.FIRST_NAME, 200, CoreColumn.LAST_NAME, 200, CoreColumn.PHONE, 100, CoreColumn.SOURCE, 200));
    private static final int MAX_NOTES_BYTES = 65_535;

    private final RunContext run;

    public RowPlanner(RunContext run) {
        this.run = run;
    }

    /** Decides the row: skipped, failed with every problem found, or planned. */
    public RowDecision plan(Handle handle, RowCellsView cells, String email, Map<String, Person> people,
                     Map<String, Long> members) {
        RowDecision.RowFacts facts = RowDecision.RowFacts.of(cells.rowNumber(), email);
        String key = EmailKey.of(email);
        if (key.isEmpty()) {
            if (!cells.unreadable().isEmpty()) {
                return failed(facts, unreadable(cells));
            }
            if (cells.overflow().isEmpty() && isBlank(cells)) {
                return new RowDecision.Skipped(facts);
            }
            return failed(facts, problem(cells, CoreColumn.EMAIL, "missing_email",
                    "this row has no email, so no lead or contact can be found"));
        }
        Integer first = run.firstRowOfEmail.firstRow(email, cells.rowNumber());
        if (first != null) {
            return failed(facts, problem(cells, CoreColumn.EMAIL, "duplicate_email",
                    "the same email is already in row " + first + "; only that row is processed"));
        }
        if (!cells.unreadable().isEmpty()) {
            return failed(facts, unreadable(cells));
        }
        List<String> overflow = cells.overflow();
        if (!overflow.isEmpty()) {
            return failed(facts, new Problem(cells.rowNumber(), null, "cells_beyond_header",
                    "this row has cells beyond the last column (" + String.join(", ", overflow)
                            + "); its values have probably shifted"));
        }
        Person person = people.get(key);
        Long matchedId = run.fixes.matchOf(cells.rowNumber());
        if (matchedId != null) {
            // Matched by hand: that person, with the file's email, which must be nobody else's.
            if (person != null && person.id() != matchedId) {
                return failed(facts, problem(cells, CoreColumn.EMAIL, "email_taken", "this row was matched to lead or"
                        + " contact " + matchedId + ", but this email belongs to another one (" + person.id() + ")"));
            }
            person = run.fixes.matchedPerson(cells.rowNumber());
            if (person == null) {
                return failed(facts, problem(cells, CoreColumn.EMAIL, "matched_person_gone", "this row was matched to"
                        + " lead or contact " + matchedId + ", who is no longer in the CRM"));
            }
        }
        if (person == null) {
            return failed(facts, problem(cells, CoreColumn.EMAIL, "no_such_person", "no lead or contact has this email"));
        }
        Long member = members.get(key);
        if (member != null) {
            return failed(facts, problem(cells, CoreColumn.EMAIL, "member_exists",
                    "a member with this email already exists (member " + member + ")"));
        }
        Map<String, String> values = memberValues(cells, person);
        if (matchedId != null) {
            values.put("email", email.trim());
        }
        String teamName = teamName(cells, person);
        facts = new RowDecision.RowFacts(facts.row(), email, teamName, null, List.of());
        if (teamName.length() > MAX_TEAM_NAME) {
            return failed(facts, problem(cells, CoreColumn.COMPANY_NAME, "team_name_too_long",
                    "the team name is longer than " + MAX_TEAM_NAME + " characters"));
        }
        TeamInfo team = run.teams.plan(teamName);
        List<String> warnings = new ArrayList<>();
        List<RowSuggestion> suggestions = new ArrayList<>();
        if (team.origin() != TeamInfo.Origin.EXISTING) {
            // Warned once, on the row that starts the team; every row of it gets the suggestion,
            // so accepting them all moves the whole team to the existing one.
            run.teams.nearName(handle, teamName).ifPresent(existing -> {
                if (team.origin() == TeamInfo.Origin.CREATED_BY_THIS_ROW) {
                    warnings.add("the team '" + teamName + "' will be new: the existing team '" + existing
                            + (TeamBook.sameFolded(existing, teamName) ? "' differs only in case or spacing"
                            : "' has nearly the same name") + " (team names must match exactly)");
                }
                cells.coreHeader(CoreColumn.COMPANY_NAME).ifPresent(header -> suggestions.add(new RowSuggestion(
                        header, existing, null, "Did you mean the existing team " + existing
                        + "? The row would join it instead of a new team.")));
            });
        }
        facts = new RowDecision.RowFacts(facts.row(), email, teamName, team.id().orElse(null), warnings,
                suggestions, List.of());
        List<RowDecision.ExtensionPlan> plans = new ArrayList<>();
        Map<String, Object> report = new LinkedHashMap<>();
        List<Problem> problems = tooLong(cells);
        PlanContext context = new Context(person.info(), team);
        for (RowExtension<?> extension : run.columns.enabledExtensions()) {
            @SuppressWarnings("unchecked")
            RowExtension<Object> ext = (RowExtension<Object>) extension;
            PlanResult<Object> planned;
            try {
                planned = ext.plan(cells, context);
            } catch (RuntimeException e) {
                LOG.error("Extension {} failed to plan row {} of promotion {}", ext.name(), cells.rowNumber(),
                        run.promotion.id(), e);
                problems.add(new Problem(cells.rowNumber(), null, "extension_error",
                        ext.name() + " could not check this row: " + e.getMessage()));
                continue;
            }
            if (planned.isFailed()) {
                problems.addAll(planned.problems());
            } else {
                report.putAll(planned.report());
                if (planned.plan() != null) {
                    plans.add(new RowDecision.ExtensionPlan(ext, planned.plan()));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new RowDecision.Failed(facts, problems);
        }
        if (team.origin() == TeamInfo.Origin.CREATED_BY_THIS_ROW) {
            run.teams.confirmPlanned(teamName, cells.rowNumber());
        }
        return new RowDecision.Planned(facts, person, values, team, plans, report);
    }

    private static RowDecision.Failed failed(RowDecision.RowFacts facts, Problem problem) {
        return new RowDecision.Failed(facts, List.of(problem));
    }

    /** Cells longer than the member's columns hold: said when planning, so a preview agrees with the run. */
    private static List<Problem> tooLong(RowCellsView cells) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<CoreColumn, Integer> limit : MAX_CHARS.entrySet()) {
            cells.core(limit.getKey()).filter(v -> v.codePointCount(0, v.length()) > limit.getValue()).ifPresent(v ->
                    problems.add(problem(cells, limit.getKey(), "value_too_long", "the "
                            + limit.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " is longer than "
                            + limit.getValue() + " characters")));
        }
        cells.core(CoreColumn.NOTES).filter(v -> v.getBytes(StandardCharsets.UTF_8).length > MAX_NOTES_BYTES)
                .ifPresent(v -> problems.add(problem(cells, CoreColumn.NOTES, "value_too_long",
                        "the notes are longer than " + MAX_NOTES_BYTES + " bytes")));
        return problems;
    }

    /** A workbook's error cells (#N/A, #DIV/0!): the row's value is unknown, so it cannot go on. */
    private static Problem unreadable(RowCellsView cells) {
        return new Problem(cells.rowNumber(), null, "unreadable_cell", String.join("; ", cells.unreadable()));
    }

    private static boolean isBlank(RowCellsView cells) {
        return cells.isAllEmpty();
    }

    /** Values from the file win; an empty cell keeps what the CRM has. */
    private static Map<String, String> memberValues(RowCellsView cells, Person p) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("firstName", cells.core(CoreColumn.FIRST_NAME).orElse(p.firstName()));
        v.put("lastName", cells.core(CoreColumn.LAST_NAME).orElse(p.lastName()));
        v.put("phone", cells.core(CoreColumn.PHONE).orElse(p.phone()));
        v.put("source", cells.core(CoreColumn.SOURCE).orElse(p.source()));
        v.put("notes", cells.core(CoreColumn.NOTES).orElse(p.notes()));
        v.put("email", p.email());
        return v;
    }

    /** The row's team: its company cell, else the stored company, else "First Last's Team". */
    public static String teamName(RowCellsView cells, Person person) {
        Map<String, String> values = memberValues(cells, person);
        Optional<String> named = cells.hasCore(CoreColumn.COMPANY_NAME)
                ? cells.core(CoreColumn.COMPANY_NAME)
                : Optional.ofNullable(person.companyName()).map(String::trim).filter(s -> !s.isEmpty());
        if (named.isPresent()) {
            return named.get();
        }
        String first = values.get("firstName") == null ? "" : values.get("firstName").trim();
        String last = values.get("lastName") == null ? "" : values.get("lastName").trim();
        String who = (first + " " + last).trim();
        if (who.isEmpty()) {
            String email = person.email();
            who = email.substring(0, Math.max(0, email.indexOf('@')));
        }
        return who + "'s Team";
    }

    private static Problem problem(RowCellsView cells, CoreColumn column, String code, String message) {
        String header = cells.coreHeader(column).orElse(null);
        return new Problem(cells.rowNumber(), header, code, message);
    }

    private final class Context implements PlanContext {
        private final PersonInfo person;
        private final TeamInfo team;

        Context(PersonInfo person, TeamInfo team) {
            this.person = person;
            this.team = team;
        }

        @Override
        public CommunityInfo community() {
            return run.community;
        }

        @Override
        public LocalDate today() {
            return run.today;
        }

        @Override
        public PersonInfo person() {
            return person;
        }

        @Override
        public TeamInfo team() {
            return team;
        }

        @Override
        public boolean dryRun() {
            return run.dryRun();
        }

        @Override
        public long promotionId() {
            return run.promotion.id();
        }

        @Override
        public <T> T perPromotion(Class<T> key, Function<Handle, T> loader) {
            return run.perPromotion(key, loader);
        }
    }
}
