package com.promote.app.promotions;

import com.promote.app.auth.CommunityGuard;
import com.promote.engine.communities.Community;
import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.promotions.PromotionService;
import com.promote.engine.promotions.PromotionView;
import com.promote.engine.promotions.fixes.Corrections;
import com.promote.engine.promotions.fixes.PreviewFixes;
import com.promote.engine.tables.TableFormat;
import com.promote.engine.undo.UndoProgress;
import com.promote.engine.undo.UndoReport;
import com.promote.engine.undo.UndoService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;

@Path("/api/communities/{c}/promotions")
@Produces(MediaType.APPLICATION_JSON)
public final class PromotionResource {
    private final PromotionService promotions;
    private final UndoService undo;
    private final CommunityGuard guard;
    private final PreviewFixes fixes;

    public PromotionResource(PromotionService promotions, UndoService undo, CommunityGuard guard, PreviewFixes fixes) {
        this.promotions = promotions;
        this.undo = undo;
        this.guard = guard;
        this.fixes = fixes;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Context SecurityContext context, @PathParam("c") long communityId,
                           @HeaderParam("Content-Length") Long contentLength,
                           @FormDataParam("file") InputStream file,
                           @FormDataParam("file") FormDataContentDisposition disposition,
                           @FormDataParam("sendOnboardingEmails") String sendOnboardingEmails,
                           @FormDataParam("dryRun") String dryRun) throws IOException {
        Community community = guard.require(context, communityId);
        // The body holds a little more than the file (multipart framing), so allow for it.
        if (contentLength != null && contentLength > promotions.maxUploadBytes() + 64 * 1024) {
            throw tooLarge();
        }
        if (file == null) {
            throw new PromoteException(ErrorKind.FILE_REJECTED, "the form has no 'file' part: attach the CSV or Excel workbook as 'file'");
        }
        Promotion p = promotions.upload(community, CommunityGuard.admin(context).id(),
                disposition == null ? null : disposition.getFileName(), file,
                flag("dryRun", dryRun), flag("sendOnboardingEmails", sendOnboardingEmails));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", p.id());
        body.put("status", p.status());
        body.put("dryRun", p.dryRun());
        body.put("totalRows", p.totalRows());
        return Response.accepted(body).build();
    }

    @GET
    public List<Map<String, Object>> list(@Context SecurityContext context, @PathParam("c") long communityId) {
        guard.require(context, communityId);
        return promotions.recent(communityId, 100).stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("status", p.status());
            m.put("dryRun", p.dryRun());
            m.put("fileName", p.fileName());
            m.put("totalRows", p.totalRows());
            m.put("processedRows", p.processedRows());
            m.put("promoted", p.promoted());
            m.put("failed", p.failed());
            m.put("createdAt", p.createdAt());
            m.put("undoneAt", p.undoneAt());
            return m;
        }).toList();
    }

    @GET
    @Path("/{p}")
    public PromotionView get(@Context SecurityContext context, @PathParam("c") long communityId,
                             @PathParam("p") long promotionId, @QueryParam("rowsFrom") Integer rowsFrom,
                             @QueryParam("result") String result) {
        guard.require(context, communityId);
        return promotions.view(communityId, promotionId, rowsFrom == null ? 1 : rowsFrom, result);
    }

    @GET
    @Path("/{p}/results.{format: csv|xlsx}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response results(@Context SecurityContext context, @PathParam("c") long communityId,
                            @PathParam("p") long promotionId, @PathParam("format") String format) {
        guard.require(context, communityId);
        Promotion p = promotions.find(communityId, promotionId)
                .orElseThrow(() -> PromoteException.notFound("Promotion " + promotionId));
        TableFormat table = TableFormat.ofExtension(format).orElseThrow();
        StreamingOutput body = out -> promotions.writeResults(communityId, p.id(), table, out);
        return Response.ok(body, table.mediaType())
                .header("Content-Disposition", "attachment; filename=\"promotion-" + p.id() + "-results."
                        + table.extension() + "\"")
                .build();
    }

    /**
     * A new preview of this finished preview's file with suggestions accepted, cells edited and
     * rows matched to people; {@code 422} naming each bad correction, {@code 409} unless a finished preview.
     */
    @POST
    @Path("/{p}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correct(@Context SecurityContext context, @PathParam("c") long communityId,
                            @PathParam("p") long promotionId, Corrections body) throws IOException {
        Community community = guard.require(context, communityId);
        Promotion q = fixes.correct(community, CommunityGuard.admin(context).id(), promotionId,
                body == null ? new Corrections(null, null, null) : body);
        return accepted(q, "correctedFrom", promotionId);
    }

    /** Promotes exactly the file this finished preview checked, without a new upload. */
    @POST
    @Path("/{p}/run")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(@Context SecurityContext context, @PathParam("c") long communityId,
                        @PathParam("p") long promotionId, RunRequest body) {
        Community community = guard.require(context, communityId);
        Promotion q = fixes.run(community, CommunityGuard.admin(context).id(), promotionId,
                body != null && Boolean.TRUE.equals(body.sendOnboardingEmails()));
        return accepted(q, "runOf", promotionId);
    }

    /** {@code 202 {id, status, dryRun, <origin>: p}} for a promotion made from preview p. */
    private static Response accepted(Promotion q, String origin, long from) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", q.id());
        answer.put("status", q.status());
        answer.put("dryRun", q.dryRun());
        answer.put(origin, from);
        return Response.accepted(answer).build();
    }

    public record RunRequest(Boolean sendOnboardingEmails) {
    }

    /** The stored file (corrections applied), in its own format; {@code 410} once retention removed it. */
    @GET
    @Path("/{p}/file")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        MediaType.APPLICATION_JSON})
    public Response file(@Context SecurityContext context, @PathParam("c") long communityId,
                         @PathParam("p") long promotionId) {
        guard.require(context, communityId);
        Promotion p = promotions.find(communityId, promotionId)
                .orElseThrow(() -> PromoteException.notFound("Promotion " + promotionId));
        if (p.fileRemovedAt() != null) {
            throw PromotionService.fileRemoved(p);
        }
        StreamingOutput body = out -> promotions.writeFile(communityId, p.id(), out);
        String safeName = p.fileName().replaceAll("[\\\\\"\\r\\n]", "_");
        TableFormat format = TableFormat.ofExtension(promotions.formatOf(p).extension()).orElseThrow();
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + safeName + "\"")
                .build();
    }

    /**
     * Undo within 30 days: {@code {}} queues the undo job and answers {@code 202} with its progress
     * (follow it as the promotion's {@code undo}); {@code {"dryRun": true}} previews it at once.
     */
    @POST
    @Path("/{p}/undo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response undo(@Context SecurityContext context, @PathParam("c") long communityId,
                         @PathParam("p") long promotionId, UndoRequest body) {
        Community community = guard.require(context, communityId);
        if (body != null && Boolean.TRUE.equals(body.dryRun())) {
            UndoReport preview = undo.preview(community, promotionId);
            return Response.ok(preview).build();
        }
        UndoProgress queued = undo.start(community, promotionId, CommunityGuard.admin(context).id());
        return Response.accepted(queued).build();
    }

    public record UndoRequest(Boolean dryRun) {
    }

    private PromoteException tooLarge() {
        return new PromoteException(ErrorKind.FILE_TOO_LARGE, "the file is larger than the upload limit of "
                + promotions.maxUploadBytes() / (1024 * 1024) + " MB; split it into smaller files");
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase()) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default -> throw PromoteException.invalid(name + " must be true or false, not '" + value + "'");
        };
    }
}
