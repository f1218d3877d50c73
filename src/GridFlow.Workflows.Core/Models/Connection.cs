namespace GridFlow.Workflows.Core.Models;

/// <summary>An edge from an outcome port of one activity to another activity.</summary>
public sealed record Connection(ConnectionEndpoint Source, ConnectionEndpoint Target, int Index)
{
    /// <summary>A stable key naming the branch this connection carries, used by joins to count arrivals.</summary>
    public string Key => $"{Source.Activity}:{Source.Port}";
}
