namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>The links of a host without the assessment module: there are no cross-checks to report for.</summary>
public sealed class NoCrossChecks : ICrossCheckLinks
{
    public Task<string?> RefusalAsync(Caller caller, Guid crossCheckId, Guid gridId, CancellationToken cancellationToken) =>
        Task.FromResult<string?>("No cross-check has this id.");
}
