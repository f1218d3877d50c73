using System.Globalization;

namespace GridFlow.Accounts.Apis;

/// <summary>The <c>Retry-After</c> header of a 429: whole seconds, rounded up, at least one.</summary>
public static class RetryAfter
{
    public static void Set(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
