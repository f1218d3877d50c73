using System.ComponentModel.DataAnnotations;

namespace GridFlow.ServiceDefaults.Limits;

/// <summary>Limits applied to every request (section <c>RequestLimits</c>).</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "RequestLimits";

    /// <summary>Largest request body accepted, unless an endpoint declares its own limit.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}
