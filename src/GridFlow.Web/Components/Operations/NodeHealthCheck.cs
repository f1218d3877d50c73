using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GridFlow.Web.Components.Operations;

/// <summary>A ready check's result as <c>/health/ready</c> reports it: its name, status, description and time taken.</summary>
public sealed record NodeHealthCheck(string Name, HealthStatus Status, string? Description, TimeSpan Duration);
