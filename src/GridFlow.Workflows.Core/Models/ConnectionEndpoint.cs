namespace GridFlow.Workflows.Core.Models;

/// <summary>One end of a connection: an activity id and a port name (the target port is informational).</summary>
public sealed record ConnectionEndpoint(string Activity, string Port);
