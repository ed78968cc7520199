package com.tripavail.media;

import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.UUID;

/** {@code POST /v1/uploads}, the signed upload and download URLs, and the owner's view of a file. */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MediaResource {
    public record UploadRequest(
            @NotNull UploadPurpose purpose,

            @NotBlank String contentType,

            @NotNull @Positive @Max(104_857_600) Long sizeBytes) {}

    @Inject
    MediaService media;

    @Inject
    CurrentUser user;

    @POST
    @Path("/uploads")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({CurrentUser.TRAVELER, CurrentUser.PROVIDER, CurrentUser.ADMIN})
    public Response open(@Valid @NotNull UploadRequest request) {
        return Response.status(201)
                .entity(media.open(user.id(), request.purpose(), request.contentType(), request.sizeBytes()))
                .build();
    }

    /** The signature is the authorisation: whoever holds the URL may send the bytes, once, in time. */
    @PUT
    @Path("/uploads/{fileId}/content")
    @Consumes(MediaType.WILDCARD)
    @PermitAll
    public MediaService.FileView content(
            @PathParam("fileId") UUID fileId,
            @QueryParam("expires") long expires,
            @QueryParam("signature") String signature,
            InputStream body) {
        return media.receive(fileId, expires, signature, body);
    }

    @GET
    @Path("/uploads/{fileId}")
    @RolesAllowed({CurrentUser.TRAVELER, CurrentUser.PROVIDER, CurrentUser.ADMIN})
    public MediaService.FileView describe(@PathParam("fileId") UUID fileId) {
        return media.describe(user.id(), fileId);
    }

    @GET
    @Path("/files/{fileId}")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    public Response download(
            @PathParam("fileId") UUID fileId,
            @QueryParam("expires") long expires,
            @QueryParam("signature") String signature) {
        MediaService.Download file = media.download(fileId, expires, signature);
        StreamingOutput body = out -> Files.copy(file.path(), out);
        return Response.ok(body, file.type().mediaType())
                .header("Content-Length", file.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .header("Cache-Control", "private, max-age=300")
                .build();
    }
}
