package com.promote.engine.promotions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.promote.api.Problem;
import com.promote.engine.activity.ActivityAction;
import com.promote.engine.activity.ActivityRecorder;
import com.promote.engine.clock.PromoteClock;
import com.promote.engine.communities.Community;
import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.extensions.ExtensionRegistry;
import com.promote.engine.promotions.report.ResultsCsv;
import com.promote.engine.promotions.report.RowResult;
import com.promote.engine.promotions.report.RowResultStore;
import com.promote.engine.promotions.upload.FileCheck;
import com.promote.engine.promotions.upload.FileChunks;
import com.promote.engine.rows.FileFormat;
import com.promote.engine.rows.RowSources;
import com.promote.engine.tables.TableFormat;
import com.promote.engine.undo.UndoService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Uploads, progress and results of promotions: what the API and the admin page call. */
public final class PromotionService {
    public static final int MAX_ROWS_PER_PAGE = 1_000;

    private final Jdbi jdbi;
    private final ExtensionRegistry registry;
    private final PromoteClock clock;
    private final long maxUploadBytes;
    private final Runnable nudgeRunner;
    private final Map<Long, FileFormat> formats = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, FileFormat> eldest) {
            return size() > 1_000;
        }
    };
    private final ActivityRecorder activity;

    public PromotionService(Jdbi jdbi, ExtensionRegistry registry, PromoteClock clock, long maxUploadBytes,
                            Runnable nudgeRunner) {
        this(jdbi, registry, clock, maxUploadBytes, nudgeRunner, ActivityRecorder.withoutAddress(clock));
    }

    public PromotionService(Jdbi jdbi, ExtensionRegistry registry, PromoteClock clock, long maxUploadBytes,
                            Runnable nudgeRunner, ActivityRecorder activity) {
        this.activity = activity;
        this.jdbi = jdbi;
        this.registry = registry;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
        this.nudgeRunner = nudgeRunner;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /**
     * Checks the whole file, then stores it with a new queued promotion. A rejected file
     * throws and leaves nothing behind. The content is spooled to a temporary file so memory
     * does not grow with the upload; the size limit is enforced while spooling.
     */
    public Promotion upload(Community community, long adminId, String fileName, InputStream content,
                            boolean dryRun, boolean sendOnboardingEmails) throws IOException {
        String name = displayName(fileName);
        Path spool = Files.createTempFile("promote-upload-", ".upload");
        try {
            long size = spoolLimited(content, spool, name);
            FileCheck.Checked checked = FileCheck.check(spool, name, community.info(), registry, maxUploadBytes);
            String columnsJson = RowResultStore.JSON.writeValueAsString(checked.columns().describe());
            long id = jdbi.inTransaction(h -> {
                long promotionId = h.attach(PromotionDao.class).insert(community.id(), adminId, name, size, dryRun,
                        sendOnboardingEmails, clock.today(community.zone()), checked.totalRows(), columnsJson,
                        clock.now());
                if (checked.encoding() != null) {
                    h.attach(PromotionDao.class).setFileEncoding(promotionId, checked.encoding().label());
                }
                try (InputStream in = Files.newInputStream(spool)) {
                    FileChunks.write(h, promotionId, in);
                }
                activity.community(h, community.id(), adminId, dryRun ? ActivityAction.PREVIEW : ActivityAction.UPLOAD,
                        "promotion " + promotionId + ": " + name, checked.totalRows() + " rows"
                                + (dryRun ? "" : sendOnboardingEmails ? ", onboarding emails on" : ", onboarding emails off"));
                return promotionId;
            });
            nudgeRunner.run();
            return jdbi.withExtension(PromotionDao.class, d -> d.get(id)).orElseThrow();
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** The name as the admin's computer had it: no folders, no control characters, at most 255 long. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").trim();
        if (name.codePointCount(0, name.length()) > 255) {
            name = name.substring(0, name.offsetByCodePoints(0, 255));
        }
        return name.isEmpty() ? "upload.csv" : name;
    }

    private long spoolLimited(InputStream content, Path spool, String name) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(spool)) {
            int n;
            while ((n = content.read(buffer)) > 0) {
                total += n;
                if (total > maxUploadBytes) {
                    throw new PromoteException(ErrorKind.FILE_TOO_LARGE, name + " is larger than the upload limit of "
                            + (maxUploadBytes / (1024 * 1024)) + " MB; split it into smaller files");
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new PromoteException(ErrorKind.FILE_REJECTED, name + " is empty");
        }
        return total;
    }

    public List<Promotion> recent(long communityId, int limit) {
        return jdbi.withExtension(PromotionDao.class, d -> d.recent(communityId, limit));
    }

    public Optional<Promotion> find(long communityId, long promotionId) {
        return jdbi.withExtension(PromotionDao.class, d -> d.find(communityId, promotionId));
    }

    public PromotionView view(long communityId, long promotionId, int rowsFrom, String result) {
        if (result != null && !List.of(RowResult.PROMOTED, RowResult.WOULD_PROMOTE, RowResult.FAILED,
                RowResult.SKIPPED).contains(result)) {
            throw PromoteException.invalid("result must be promoted, would_promote, failed or skipped");
        }
        Promotion p = find(communityId, promotionId).orElseThrow(() -> PromoteException.notFound("Promotion " + promotionId));
        var rows = jdbi.withHandle(h -> RowResultStore.page(h, promotionId, Math.max(1, rowsFrom), result,
                MAX_ROWS_PER_PAGE + 1));
        Long[] origins = jdbi.withHandle(h -> h.createQuery("SELECT corrected_from, run_of FROM promotions WHERE id = :id")
                .bind("id", promotionId)
                .map((rs, ctx) -> new Long[] {rs.getObject(1, Long.class), rs.getObject(2, Long.class)}).one());
        Integer next = null;
        if (rows.size() > MAX_ROWS_PER_PAGE) {
            next = rows.get(MAX_ROWS_PER_PAGE).get("row").asInt();
            rows = rows.subList(0, MAX_ROWS_PER_PAGE);
        }
        return new PromotionView(p.id(), p.status(), p.dryRun(), p.fileName(), p.uploadDate(), p.sendOnboardingEmails(),
                p.totalRows(), p.processedRows(), p.promoted(), p.wouldPromote(), p.failed(), p.skipped(),
                p.message(), columns(p), rows, next, p.createdAt(), p.finishedAt(), p.undoneAt(), p.fileRemovedAt(),
                fileFormatOf(p).extension(),
                p.dryRun() ? null : jdbi.withHandle(h -> UndoService.progress(h, p.id())).orElse(null),
                origins[0], origins[1]);
    }

    /** The file's own columns plus result and message, row for row; streams both. */
    public void writeResultsCsv(long communityId, long promotionId, OutputStream out) throws IOException {
        writeResults(communityId, promotionId, TableFormat.CSV, out);
    }

    /** The results in either download format, whatever format the upload was. */
    public void writeResults(long communityId, long promotionId, TableFormat format, OutputStream out)
            throws IOException {
        Promotion p = find(communityId, promotionId).orElseThrow(() -> PromoteException.notFound("Promotion " + promotionId));
        new ResultsCsv(jdbi, p).write(format, out);
    }

    /**
     * The format the promotion's file was uploaded in, told by its stored content (remembered for
     * the last thousand promotions asked about, since the page asks every second while one runs).
     */
    public FileFormat formatOf(Promotion p) {
        return fileFormatOf(p);
    }

    FileFormat fileFormatOf(Promotion p) {
        synchronized (formats) {
            FileFormat known = formats.get(p.id());
            if (known != null) {
                return known;
            }
        }
        FileFormat format;
        try {
            format = RowSources.formatOf(() -> FileChunks.read(jdbi, p.id()), p.fileName());
        } catch (IOException | PromoteException e) {
            format = FileFormat.CSV;
        }
        synchronized (formats) {
            formats.put(p.id(), format);
        }
        return format;
    }

    /** The stored file as uploaded; 410 once retention removed it. */
    public void writeFile(long communityId, long promotionId, OutputStream out) throws IOException {
        Promotion p = find(communityId, promotionId).orElseThrow(() -> PromoteException.notFound("Promotion " + promotionId));
        if (p.fileRemovedAt() != null) {
            throw fileRemoved(p);
        }
        try (InputStream in = FileChunks.read(jdbi, p.id())) {
            in.transferTo(out);
        }
    }

    public static PromoteException fileRemoved(Promotion p) {
        return new PromoteException(ErrorKind.GONE, "the file of promotion " + p.id() + " was deleted on "
                + p.fileRemovedAt() + ": uploaded files are kept only until their undo window has passed;"
                + " each row's number, email, result and message are kept");
    }

    private static List<Map<String, String>> columns(Promotion p) {
        try {
            return p.columnsJson() == null ? List.of()
                    : RowResultStore.JSON.readValue(p.columnsJson(), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(List<Problem> problems) {
        return String.join("; ", problems.stream().map(Problem::message).toList());
    }
}
