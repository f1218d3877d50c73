namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>A response that broke a rule: which rule, the request that got it (replayable) and the start of the answer.</summary>
public sealed record FuzzFinding(string Operation, int Status, string Fault, string Request, string Response)
{
    /// <summary>Findings alike enough to report once: same operation, status and kind of fault.</summary>
    public string Group => $"{Operation} → {Status}: {(Fault.Length > 60 ? Fault[..60] : Fault)}";
}
