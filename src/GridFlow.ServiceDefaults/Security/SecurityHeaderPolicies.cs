using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.ServiceDefaults.Security;

/// <summary>
/// The security headers of every response (NetEscapades.AspNetCore.SecurityHeaders): no sniffing, no framing, no
/// referrer beyond the origin, and a content security policy that loads nothing from elsewhere. Pages whose scripts
/// are inline (the API reference, the job dashboard) get a policy that allows that, and nothing more. Kestrel does not
/// name itself in a <c>Server</c> header.
/// </summary>
public static class SecurityHeaderPolicies
{
    /// <summary>For pages that ship inline scripts and styles: <c>/scalar</c>, <c>/hangfire</c>.</summary>
    public const string InlineScripts = "inline-scripts";

    /// <param name="services">The services.</param>
    /// <param name="imageOrigin">One more origin images may come from (the map's tile server), or null.</param>
    public static IServiceCollection AddGridFlowSecurityHeaders(this IServiceCollection services, string? imageOrigin = null)
    {
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        services.AddSecurityHeaderPolicies()
            // The start page's few lines of CSS are inline; scripts never are.
            .SetDefaultPolicy(policy => Common(policy, imageOrigin, csp => csp.AddStyleSrc().Self().UnsafeInline()))
            .AddPolicy(InlineScripts, policy => Common(policy, null, csp =>
            {
                csp.AddScriptSrc().Self().UnsafeInline();
                csp.AddStyleSrc().Self().UnsafeInline();
                csp.AddFontSrc().Self().Data();
                csp.AddConnectSrc().Self();
            }));
        return services;
    }

    /// <summary>
    /// The origin of a tile URL template (<c>https://t{s}.tianditu.gov.cn/...</c> → <c>https://*.tianditu.gov.cn</c>: a
    /// label with a placeholder becomes the wildcard CSP allows); null for none or a template on the console's own origin.
    /// </summary>
    public static string? TileOrigin(string? tileUrl)
    {
        if (string.IsNullOrWhiteSpace(tileUrl) || tileUrl.StartsWith('/'))
        {
            return null;
        }

        var scheme = tileUrl.Split("://", 2);
        if (scheme.Length != 2)
        {
            return null;
        }

        var authority = scheme[1].Split('/', 2)[0];
        var labels = authority.Split('.');
        if (labels[0].Contains('{'))
        {
            labels[0] = "*";
        }

        return $"{scheme[0]}://{string.Join('.', labels)}";
    }

    /// <summary>What every policy has: no sniffing, no framing, origin-only referrers, nothing loaded from elsewhere.</summary>
    private static void Common(HeaderPolicyCollection policy, string? imageOrigin, Action<CspBuilder> allow) =>
        policy.AddDefaultSecurityHeaders()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
                var images = csp.AddImgSrc().Self().Data();
                if (imageOrigin is not null)
                {
                    images.From(imageOrigin);
                }

                allow(csp);
            })
            .RemoveServerHeader();
}
