namespace GridFlow.Attachments.Content;

/// <summary>
/// Recognises the image formats GridFlow accepts by their leading bytes. The file name and the
/// declared content type come from the client and prove nothing, so they are never consulted.
/// </summary>
public static class ImageFormats
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs to tell every format apart.</summary>
    public const int HeaderLength = 12;

    /// <summary>The accepted content types, for error messages.</summary>
    public static readonly IReadOnlyList<string> Allowed = ["image/jpeg", "image/png", "image/webp"];

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Riff => "RIFF"u8;

    private static ReadOnlySpan<byte> WebP => "WEBP"u8;

    /// <summary>The content type of the image whose file starts with <paramref name="header"/>, or null if it is none we accept.</summary>
    public static string? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(Png))
        {
            return "image/png";
        }

        if (header.StartsWith(Jpeg))
        {
            return "image/jpeg";
        }

        // A WebP file is a RIFF container: "RIFF", a 4-byte size, then the form type "WEBP".
        if (header.Length >= HeaderLength && header.StartsWith(Riff) && header[8..12].SequenceEqual(WebP))
        {
            return "image/webp";
        }

        return null;
    }
}
