using GridFlow.Accounts.Scoping;
using GridFlow.Attachments.Content;
using GridFlow.Attachments.Contracts;
using GridFlow.Contracts.Attachments;
using GridFlow.Data.Attachments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GridFlow.Attachments.Apis;

/// <summary>Uploading photos (checked by content, stored in PostgreSQL) and reading them back.</summary>
public static class AttachmentsApi
{
    /// <summary>An attachment never changes once stored, so clients may keep it as long as they like.</summary>
    private const string ImmutableCacheControl = "private, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<AttachmentOptions>>().Value;
        var attachments = app.MapGroup("/api/attachments").WithTags("Attachments");
        attachments.MapPost("/", UploadAsync)
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxRequestBytes))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            // Antiforgery guards cookie-authenticated forms against CSRF. GridFlow's API takes bearer
            // tokens, which a browser never attaches on its own, so a cross-site post cannot act as the user.
            .DisableAntiforgery();
        attachments.MapGet("/{id:guid}", GetAsync)
            // A file result carries no response metadata of its own; declare the binary body and its types.
            .Produces(StatusCodes.Status200OK, typeof(Stream), ImageFormats.Allowed[0], [.. ImageFormats.Allowed.Skip(1)]);
        return app;
    }

    /// <summary>The checks and the store are <see cref="AttachmentUploader"/>'s, which the console's photo fields use too.</summary>
    public static async Task<Results<Created<AttachmentResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        IFormFile? file, Caller caller, AttachmentUploader uploader, CancellationToken cancellationToken) =>
        file is null
            ? AttachmentUploader.Invalid("A non-empty file is required in the multipart field 'file'.")
            : await uploader.UploadAsync(file.Length, file.OpenReadStream, file.FileName, caller, cancellationToken);

    /// <summary>
    /// The photo, for its uploader and for whoever may see something that uses it (<see cref="IAttachmentReaders"/>);
    /// for anyone else it does not exist (404).
    /// </summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(
        Guid id, Caller caller, HttpResponse response, [AsParameters] AttachmentServices services, IEnumerable<IAttachmentReaders> readers, CancellationToken cancellationToken)
    {
        var uploader = await services.Db.Attachments.AsNoTracking().Where(a => a.Id == id).Select(a => a.UploadedBy).SingleOrDefaultAsync(cancellationToken);
        if (uploader is null || (uploader != caller.UserId && !await MayReadAsync(readers, caller, id, cancellationToken)))
        {
            return TypedResults.NotFound();
        }

        var attachment = await services.Db.Attachments.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.Content, a.ContentType, a.Sha256 })
            .SingleAsync(cancellationToken);

        response.Headers.CacheControl = ImmutableCacheControl;
        // The content type was detected from the bytes; forbid browsers from guessing another one.
        response.Headers.XContentTypeOptions = "nosniff";
        // The file result answers a matching If-None-Match with 304 on its own.
        return TypedResults.File(attachment.Content, attachment.ContentType, entityTag: new EntityTagHeaderValue($"\"{attachment.Sha256}\""));
    }

    private static async Task<bool> MayReadAsync(IEnumerable<IAttachmentReaders> readers, Caller caller, Guid id, CancellationToken cancellationToken)
    {
        foreach (var reader in readers)
        {
            if (await reader.MayReadAsync(caller, id, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
