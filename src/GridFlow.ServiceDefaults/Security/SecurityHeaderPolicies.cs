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

    public static IServiceCollection AddGridFlowSecurityHeaders(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        services.AddSecurityHeaderPolicies()
            // The start page's few lines of CSS are inline; scripts never are.
            .SetDefaultPolicy(policy => Common(policy, csp => csp.AddStyleSrc().Self().UnsafeInline()))
            .AddPolicy(InlineScripts, policy => Common(policy, csp =>
            {
                csp.AddScriptSrc().Self().UnsafeInline();
                csp.AddStyleSrc().Self().UnsafeInline();
                csp.AddFontSrc().Self().Data();
                csp.AddConnectSrc().Self();
            }));
        return services;
    }

    /// <summary>What every policy has: no sniffing, no framing, origin-only referrers, nothing loaded from elsewhere.</summary>
    private static void Common(HeaderPolicyCollection policy, Action<CspBuilder> allow) =>
        policy.AddDefaultSecurityHeaders()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
                csp.AddImgSrc().Self().Data();
                allow(csp);
            })
            .RemoveServerHeader();
}
