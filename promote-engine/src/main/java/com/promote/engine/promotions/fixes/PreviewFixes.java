package com.promote.engine.promotions.fixes;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.engine.activity.ActivityAction;
import com.promote.engine.activity.ActivityRecorder;
import com.promote.engine.clock.PromoteClock;
import com.promote.engine.columns.ColumnName;
import com.promote.engine.communities.Community;
import com.promote.engine.crm.Person;
import com.promote.engine.crm.PersonDao;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.promotions.PromotionDao;
import com.promote.engine.promotions.PromotionService;
import com.promote.engine.promotions.report.RowResultStore;
import com.promote.engine.promotions.upload.FileChunks;
import com.promote.engine.rows.FileFormat;
import com.promote.engine.rows.RowSource;
import com.promote.engine.rows.RowSources;
import com.promote.engine.rows.SourceRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Fixing rows in a finished preview: corrections make a new preview of the corrected file (the
 * uploaded file stays as it was), and a preview can be promoted as it is, without a new upload.
 */
public final class PreviewFixes {
    private final Jdbi jdbi;
    private final PromoteClock clock;
    private final Runnable nudgeRunner;
    private final ActivityRecorder activity;

    public PreviewFixes(Jdbi jdbi, PromoteClock clock, Runnable nudgeRunner, ActivityRecorder activity) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.nudgeRunner = nudgeRunner;
        this.activity = activity;
    }

    /** A new preview of preview {@code promotionId}'s file with the corrections made. */
    public Promotion correct(Community community, long adminId, long promotionId, Corrections asked)
            throws IOException {
        Promotion p = finishedPreview(community, promotionId, "corrected");
        Map<Integer, List<RowCorrection>> before = jdbi.withHandle(h -> PromotionFixes.corrections(h, p.id()));
        Map<Integer, Long> matches = new TreeMap<Integer, Long>(jdbi.<Map<Integer, Long>, RuntimeException>withHandle(
                h -> PromotionFixes.matches(h, p.id())));
        List<String> header;
        try (RowSource source = open(p)) {
            header = source.header();
        }
        int lastRow = jdbi.withHandle(h -> RowResultStore.lastRow(h, p.id()));
        // row -> column position -> new cell; explicit cells win over accepted suggestions.
        Map<Integer, Map<Integer, String>> edits = new TreeMap<>();
        Map<Integer, Long> newMatches = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        for (Corrections.Cell cell : asked.cells()) {
            if (cell.row() == null || cell.row() < 1 || cell.row() > lastRow) {
                bad.add("row " + cell.row() + " is not a row of the file (rows 1 to " + lastRow + ")");
                continue;
            }
            Optional<Integer> column = column(header, cell.column());
            if (column.isEmpty()) {
                bad.add("row " + cell.row() + ": the file has no column '" + cell.column() + "' (columns: "
                        + String.join(", ", header) + ")");
                continue;
            }
            edits.computeIfAbsent(cell.row(), r -> new TreeMap<>()).put(column.get(),
                    cell.value() == null ? "" : cell.value().trim());
        }
        for (Corrections.Match match : asked.matches()) {
            if (match.row() == null || match.row() < 1 || match.row() > lastRow) {
                bad.add("row " + match.row() + " is not a row of the file (rows 1 to " + lastRow + ")");
            } else if (match.personId() == null) {
                bad.add("row " + match.row() + ": a match needs a personId");
            } else {
                newMatches.put(match.row(), match.personId());
            }
        }
        bad.addAll(checkMatches(community, p, newMatches, matches));
        if (asked.accept()) {
            Map<Integer, List<RowSuggestion>> suggested = jdbi.withHandle(h -> RowResultStore.suggestions(h, p.id()));
            Set<Long> suggestedPeople = new LinkedHashSet<>();
            suggested.values().forEach(list -> list.stream().filter(RowSuggestion::isMatch)
                    .forEach(s -> suggestedPeople.add(s.personId())));
            // A suggested person promoted since the preview is no longer offered, not an error.
            Set<Long> live = new LinkedHashSet<>();
            if (!suggestedPeople.isEmpty()) {
                jdbi.useHandle(h -> h.attach(PersonDao.class).findLiveByIds(community.id(), suggestedPeople)
                        .forEach(x -> live.add(x.id())));
            }
            for (Map.Entry<Integer, List<RowSuggestion>> row : suggested.entrySet()) {
                for (RowSuggestion s : row.getValue()) {
                    if (s.isMatch()) {
                        if (live.contains(s.personId())) {
                            newMatches.putIfAbsent(row.getKey(), s.personId());
                        }
                    } else {
                        column(header, s.column()).ifPresent(c -> edits.computeIfAbsent(row.getKey(),
                                r -> new TreeMap<>()).putIfAbsent(c, s.value()));
                    }
                }
            }
        }
        if (!bad.isEmpty()) {
            throw PromoteException.invalid("these corrections cannot be made: " + String.join("; ", bad));
        }
        matches.putAll(newMatches);

        Path spool = Files.createTempFile("promote-corrected-", ".upload");
        try {
            Map<Integer, List<RowCorrection>> corrections = new TreeMap<>(before);
            FileFormat format;
            try (RowSource source = open(p); OutputStream out = Files.newOutputStream(spool)) {
                format = RowSources.formatOf(() -> FileChunks.read(jdbi, p.id()), p.fileName());
                RowSource recording = new Recording(source, header, edits, corrections);
                CorrectedFile.write(recording, format, edits, out);
            }
            long size = Files.size(spool);
            int changedCells = edits.values().stream().mapToInt(Map::size).sum();
            long id = jdbi.inTransaction(h -> {
                long q = h.attach(PromotionDao.class).insert(community.id(), adminId, p.fileName(), size, true, false,
                        clock.today(community.zone()), p.totalRows(), p.columnsJson(), clock.now());
                h.createUpdate("UPDATE promotions SET corrected_from = :from WHERE id = :id")
                        .bind("from", p.id()).bind("id", q).execute();
                try (InputStream in = Files.newInputStream(spool)) {
                    FileChunks.write(h, q, in);
                }
                PromotionFixes.save(h, q, corrections, matches);
                activity.community(h, community.id(), adminId, ActivityAction.CORRECTION,
                        "promotion " + q + ": " + p.fileName(), "corrected preview " + p.id() + ": " + changedCells
                                + (changedCells == 1 ? " cell" : " cells") + " changed, " + newMatches.size()
                                + (newMatches.size() == 1 ? " row" : " rows") + " matched to a person");
                return q;
            });
            nudgeRunner.run();
            return jdbi.withExtension(PromotionDao.class, d -> d.get(id)).orElseThrow();
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** A promotion of exactly the file preview {@code promotionId} checked, corrections and matches included. */
    public Promotion run(Community community, long adminId, long promotionId, boolean sendOnboardingEmails) {
        Promotion p = finishedPreview(community, promotionId, "promoted");
        long id = jdbi.inTransaction(h -> {
            long q = h.attach(PromotionDao.class).insert(community.id(), adminId, p.fileName(), p.fileSize(), false,
                    sendOnboardingEmails, clock.today(community.zone()), p.totalRows(), p.columnsJson(), clock.now());
            h.createUpdate("UPDATE promotions SET run_of = :from WHERE id = :id").bind("from", p.id()).bind("id", q)
                    .execute();
            copy(h, "promotion_file_chunks", "seq, data", p.id(), q);
            copy(h, "promotion_corrections", "row_no, col_no, column_header, from_value, to_value", p.id(), q);
            copy(h, "promotion_matches", "row_no, person_id", p.id(), q);
            activity.community(h, community.id(), adminId, ActivityAction.UPLOAD, "promotion " + q + ": "
                    + p.fileName(), p.totalRows() + " rows, the file preview " + p.id() + " checked"
                    + (sendOnboardingEmails ? ", onboarding emails on" : ", onboarding emails off"));
            return q;
        });
        nudgeRunner.run();
        return jdbi.withExtension(PromotionDao.class, d -> d.get(id)).orElseThrow();
    }

    private static void copy(Handle h, String table, String columns, long from, long to) {
        h.createUpdate("INSERT INTO " + table + " (promotion_id, " + columns + ") SELECT :to, " + columns + " FROM "
                + table + " WHERE promotion_id = :from").bind("to", to).bind("from", from).execute();
    }

    private Promotion finishedPreview(Community community, long promotionId, String what) {
        Promotion p = jdbi.withExtension(PromotionDao.class, d -> d.find(community.id(), promotionId))
                .orElseThrow(() -> PromoteException.notFound("Promotion " + promotionId));
        if (!p.dryRun() || !Promotion.SUCCEEDED.equals(p.status())) {
            throw PromoteException.conflict("promotion " + p.id() + " is " + (p.dryRun() ? "a preview that is "
                    + p.status() : "not a preview") + ": only a finished preview can be " + what);
        }
        if (p.fileRemovedAt() != null) {
            throw PromotionService.fileRemoved(p);
        }
        return p;
    }

    private RowSource open(Promotion p) throws IOException {
        return RowSources.open(() -> FileChunks.read(jdbi, p.id()), p.fileName());
    }

    /** The header as written, else the same header spelt another way (case, spaces, {@code _}, {@code -}). */
    private static Optional<Integer> column(List<String> header, String asked) {
        if (asked == null) {
            return Optional.empty();
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equals(asked.trim())) {
                return Optional.of(i);
            }
        }
        String normalised = ColumnName.normalise(asked);
        for (int i = 0; i < header.size(); i++) {
            if (ColumnName.normalise(header.get(i)).equals(normalised)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * A match must name a lead or contact of this community still in the CRM, on a row that needs
     * one: a row whose email matched nobody (or that was matched before).
     */
    private List<String> checkMatches(Community community, Promotion p, Map<Integer, Long> asked,
                                      Map<Integer, Long> existing) {
        if (asked.isEmpty()) {
            return List.of();
        }
        List<String> bad = new ArrayList<>();
        Set<Long> ids = new LinkedHashSet<>(asked.values());
        Map<Long, Person> people = new HashMap<>();
        Map<Long, Long> elsewhere = new HashMap<>();
        Map<Integer, Set<String>> codes = new HashMap<>();
        jdbi.useHandle(h -> {
            h.attach(PersonDao.class).findLiveByIds(community.id(), ids).forEach(x -> people.put(x.id(), x));
            h.createQuery("SELECT id, community_id FROM people WHERE id IN (<ids>)").bindList("ids", new ArrayList<>(ids))
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .forEach(e -> elsewhere.put(e.getKey(), e.getValue()));
            h.createQuery("SELECT row_no, report FROM promotion_rows WHERE promotion_id = :p AND row_no IN (<rows>)")
                    .bind("p", p.id()).bindList("rows", new ArrayList<>(asked.keySet()))
                    .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getString(2) == null ? "{}" : rs.getString(2)))
                    .forEach(e -> codes.put(e.getKey(), problemCodes(e.getValue())));
        });
        Map<Long, Integer> firstRowOf = new HashMap<>();
        for (Map.Entry<Integer, Long> match : asked.entrySet()) {
            Integer other = firstRowOf.putIfAbsent(match.getValue(), match.getKey());
            if (other != null) {
                bad.add("rows " + other + " and " + match.getKey() + " are both matched to person " + match.getValue()
                        + "; one person is promoted once");
            }
        }
        for (Map.Entry<Integer, Long> match : asked.entrySet()) {
            long person = match.getValue();
            int row = match.getKey();
            if (!people.containsKey(person)) {
                Long communityOf = elsewhere.get(person);
                bad.add("row " + row + ": person " + person + (communityOf == null ? " does not exist"
                        : communityOf != community.id() ? " is not a lead or contact of this community"
                        : " is no longer in the CRM (already promoted)"));
                continue;
            }
            Set<String> rowCodes = codes.getOrDefault(row, Set.of());
            boolean needs = existing.containsKey(row) || rowCodes.contains("no_such_person")
                    || rowCodes.contains("matched_person_gone") || rowCodes.contains("email_taken");
            if (!needs) {
                bad.add("row " + row + " needs no match: its email " + (rowCodes.isEmpty()
                        ? "already finds its lead or contact" : "is not what fails it"));
            }
        }
        return bad;
    }

    private static Set<String> problemCodes(String report) {
        Set<String> codes = new LinkedHashSet<>();
        try {
            JsonNode problems = RowResultStore.JSON.readTree(report).path("problems");
            problems.forEach(problem -> codes.add(problem.path("code").asText()));
        } catch (IOException e) {
            throw new IllegalStateException("A stored row result is not JSON", e);
        }
        return codes;
    }

    /**
     * The source's rows as they go by, recording for each edited row its corrections relative to
     * the file first uploaded: an edit back to the uploaded cell is no correction any more.
     */
    private static final class Recording implements RowSource {
        private final RowSource rows;
        private final List<String> header;
        private final Map<Integer, Map<Integer, String>> edits;
        private final Map<Integer, List<RowCorrection>> corrections;

        Recording(RowSource rows, List<String> header, Map<Integer, Map<Integer, String>> edits,
                  Map<Integer, List<RowCorrection>> corrections) {
            this.rows = rows;
            this.header = header;
            this.edits = edits;
            this.corrections = corrections;
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public SourceRow next() {
            SourceRow row = rows.next();
            if (row == null) {
                return null;
            }
            Map<Integer, String> rowEdits = edits.get(row.number());
            if (rowEdits != null) {
                Map<Integer, RowCorrection> byColumn = new TreeMap<>();
                corrections.getOrDefault(row.number(), List.of()).forEach(c -> byColumn.put(c.columnIndex(), c));
                for (Map.Entry<Integer, String> edit : rowEdits.entrySet()) {
                    int c = edit.getKey();
                    RowCorrection earlier = byColumn.get(c);
                    String uploaded = earlier != null ? earlier.from()
                            : CorrectedFile.asRead(c < row.cells().size() ? row.cells().get(c) : "");
                    String to = CorrectedFile.asRead(edit.getValue());
                    if (to.equals(uploaded)) {
                        byColumn.remove(c);
                    } else {
                        byColumn.put(c, new RowCorrection(c, c < header.size() ? header.get(c) : "column " + (c + 1),
                                uploaded, to));
                    }
                }
                if (byColumn.isEmpty()) {
                    corrections.remove(row.number());
                } else {
                    corrections.put(row.number(), new ArrayList<>(byColumn.values()));
                }
            }
            return row;
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }
}
