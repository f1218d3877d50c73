using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>
/// One generated request, kept in parts so that an attack can change any of them, and printable so that a failure can
/// be replayed with curl or an HTTP client.
/// </summary>
public sealed class FuzzRequest(ApiOperation operation, string role)
{
    private const int MaxBodyShown = 2000;

    /// <summary>Writes NUL and other control characters as escapes, so that the printed body is the one sent.</summary>
    private static readonly JsonSerializerOptions Printing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 1000 };

    public ApiOperation Operation => operation;

    public string Role => role;

    /// <summary>Path values, unescaped (they are escaped when the URL is built).</summary>
    public Dictionary<string, string> Path { get; } = [];

    public List<KeyValuePair<string, string>> Query { get; } = [];

    public Dictionary<string, string> Headers { get; } = [];

    public BodyKind Kind { get; set; }

    public JsonNode? Json { get; set; }

    public string? Text { get; set; }

    /// <summary>The Content-Type to send instead of the one that goes with <see cref="Kind"/>; empty for none.</summary>
    public string? ContentType { get; set; }

    public FormFilePart? File { get; set; }

    /// <summary>What was done to the valid request, for the report: <c>valid</c>, or the attack.</summary>
    public string Attack { get; set; } = "valid";

    public string Url
    {
        get
        {
            var path = operation.Path;
            foreach (var (name, value) in Path)
            {
                path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            }

            return Query.Count == 0 ? path : path + "?" + string.Join("&", Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
        }
    }

    public HttpRequestMessage ToMessage(string? accessToken)
    {
        var message = new HttpRequestMessage(operation.Method, Url) { Content = Content() };
        if (accessToken is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    /// <summary>The request as text: method and URL, the headers (the token by role), the body.</summary>
    public string Replay()
    {
        var text = new StringBuilder();
        text.AppendLine($"  {operation.Method.Method} {Url}    [{Attack}]");
        text.AppendLine(role == FuzzRoles.Anonymous ? "  (no Authorization header)" : $"  Authorization: Bearer <accessToken of {role}, password GridFlow!2026>");
        foreach (var (name, value) in Headers)
        {
            text.AppendLine($"  {name}: {Cut(value)}");
        }

        using var content = Content();
        if (content?.Headers.ContentType is { } type)
        {
            text.AppendLine($"  Content-Type: {type}");
        }

        var body = Kind switch
        {
            BodyKind.Json => JsonSerializer.Serialize(Json, Printing),
            BodyKind.Raw => Text,
            BodyKind.Form => File is { } file
                ? $"(multipart) field '{file.Field}', file name {JsonSerializer.Serialize(file.FileName, Printing)}, {file.ContentType}, {file.Content.Length} bytes starting {Convert.ToHexString(file.Content.AsSpan(0, Math.Min(16, file.Content.Length)))}"
                : "(multipart) no file",
            _ => null,
        };
        if (body is not null)
        {
            text.AppendLine($"  {Cut(body)}");
        }

        return text.ToString();
    }

    private HttpContent? Content()
    {
        HttpContent? content = Kind switch
        {
            BodyKind.Json => new StringContent(Json?.ToJsonString() ?? "null", Encoding.UTF8, "application/json"),
            BodyKind.Raw => new StringContent(Text ?? "", Encoding.UTF8, "application/json"),
            BodyKind.Form => Form(),
            _ => null,
        };
        if (content is not null && ContentType is not null)
        {
            content.Headers.ContentType = ContentType.Length == 0 ? null : MediaTypeHeaderValue.Parse(ContentType);
        }

        return content;
    }

    private MultipartFormDataContent Form()
    {
        var form = new MultipartFormDataContent();
        if (File is { } file)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.TryAddWithoutValidation("Content-Type", file.ContentType);
            // Written by hand: the typed header refuses the empty and odd file names that are the point of some attacks.
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{file.Field}\"; filename=\"{file.FileName}\"");
            form.Add(part);
        }
        else
        {
            form.Add(new StringContent("no file here"), "note");
        }

        return form;
    }

    private static string Cut(string text) =>
        text.Length <= MaxBodyShown ? text : $"{text[..MaxBodyShown]}… ({text.Length} characters in all)";
}
