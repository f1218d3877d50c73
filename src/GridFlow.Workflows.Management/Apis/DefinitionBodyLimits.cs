using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace GridFlow.Workflows.Management.Apis;

/// <summary>
/// What a caller may ask of the validator at once. A definition's body is at most <see cref="MaxBytes"/> (the shipped
/// lifecycle is about 20 KB), the validator refuses more than <see cref="WorkflowValidator.MaxActivities"/> activities
/// before it reads them, and each caller validates one definition at a time with two more waiting: a designer who
/// saves often never notices, and nobody can keep the cores busy with definitions.
/// </summary>
public static class DefinitionBodyLimits
{
    public const string RateLimitPolicy = "definition-validation";

    public const int MaxBytes = 256 * 1024;

    public static RouteHandlerBuilder WithDefinitionBodyLimits(this RouteHandlerBuilder endpoint) =>
        endpoint.WithMetadata(new RequestSizeLimitAttribute(MaxBytes)).RequireRateLimiting(RateLimitPolicy);

    public static void AddPolicy(RateLimiterOptions options) =>
        options.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetConcurrencyLimiter(
            http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 2, QueueProcessingOrder = QueueProcessingOrder.OldestFirst }));
}
