using System.Security.Cryptography;
using GridFlow.Accounts.Scoping;
using GridFlow.Attachments.Content;
using GridFlow.Attachments.Options;
using GridFlow.Contracts.Attachments;
using GridFlow.Data;
using GridFlow.Data.Attachments;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GridFlow.Attachments.Contracts;

/// <summary>
/// Stores an uploaded photo after the checks every upload passes (not empty, at most <c>Attachments:MaxBytes</c>, an
/// accepted image by its content, not its name). <c>POST /api/attachments</c> and the console's photo fields both upload
/// through it, so a photo the page accepts is one the API would accept, with the same answers for the rest.
/// </summary>
public sealed class AttachmentUploader(GridFlowDbContext db, IOptions<AttachmentOptions> options, TimeProvider clock)
{
    private const int MaxFileNameLength = 256;

    /// <summary>
    /// Checks and stores a file of <paramref name="length"/> bytes read from <paramref name="open"/> (opened only when
    /// the length is acceptable), uploaded by <paramref name="caller"/>; the answer is the endpoint's.
    /// </summary>
    public async Task<Results<Created<AttachmentResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        long length, Func<Stream> open, string? fileName, Caller caller, CancellationToken cancellationToken)
    {
        if (length == 0)
        {
            return Invalid("A non-empty file is required in the multipart field 'file'.");
        }

        var maxBytes = options.Value.MaxBytes;
        if (length > maxBytes)
        {
            return TypedResults.Problem(
                title: "The file is too large.",
                detail: $"The file has {length} bytes; at most {maxBytes} are accepted.",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var content = new byte[length];
        await using (var stream = open())
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
            FileName = CleanFileName(fileName),
            UploadedBy = caller.UserId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);

        var url = $"/api/attachments/{attachment.Id}";
        return TypedResults.Created(url, new AttachmentResponse(attachment.Id.ToString(), contentType, attachment.Size, url));
    }

    /// <summary>The refusal of a file that is missing or not an accepted image, under the multipart field's name.</summary>
    public static ValidationProblem Invalid(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] });

    /// <summary>The client's file name without any path, cut to the column's length; kept for display only.</summary>
    private static string? CleanFileName(string? name)
    {
        var clean = Path.GetFileName(name?.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(clean) ? null : clean[..Math.Min(clean.Length, MaxFileNameLength)];
    }
}
