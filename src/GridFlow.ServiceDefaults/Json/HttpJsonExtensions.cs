using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Json;

namespace GridFlow.ServiceDefaults.Json;

public static class HttpJsonExtensions
{
    /// <summary>
    /// How the API reads and writes JSON. Chinese text (names, labels, comments) is written as UTF-8, not as
    /// <c>\uXXXX</c> escapes: half the bytes, cheaper to write, and readable in a browser's network tab. Characters
    /// that matter in HTML (<c>&lt; &gt; &amp; ' "</c>) are still escaped.
    /// </summary>
    public static IServiceCollection AddGridFlowJson(this IServiceCollection services) =>
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.AllowTrailingCommas = false;
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
}
