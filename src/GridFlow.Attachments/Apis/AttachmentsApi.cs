using System.Security.Cryptography;
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

    private const int MaxFileNameLength = 256;

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

    public static async Task<Results<Created<AttachmentResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        IFormFile? file, Caller caller, [AsParameters] AttachmentServices services, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Invalid("A non-empty file is required in the multipart field 'file'.");
        }

        var maxBytes = services.Options.Value.MaxBytes;
        if (file.Length > maxBytes)
        {
            return TypedResults.Problem(
                title: "The file is too large.",
                detail: $"The file has {file.Length} bytes; at most {maxBytes} are accepted.",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        if (ImageFormats.Detect(content) is not { } contentType)
        {
            return Invalid($"The file is not an accepted image. Allowed types: {string.Join(", ", ImageFormats.Allowed)} (checked by content, not by name).");
        }

        var attachment = new Attachment
        {
            ContentType = contentType,
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            FileName = CleanFileName(file.FileName),
            UploadedBy = caller.UserId,
            CreatedAt = services.Clock.GetUtcNow(),
        };
        services.Db.Attachments.Add(attachment);
        await services.Db.SaveChangesAsync(cancellationToken);

        var url = $"/api/attachments/{attachment.Id}";
        return TypedResults.Created(url, new AttachmentResponse(attachment.Id.ToString(), contentType, attachment.Size, url));
    }

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

    private static ValidationProblem Invalid(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] });

    /// <summary>The client's file name without any path, cut to the column's length; kept for display only.</summary>
    private static string? CleanFileName(string? name)
    {
        var clean = Path.GetFileName(name?.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(clean) ? null : clean[..Math.Min(clean.Length, MaxFileNameLength)];
    }
}
