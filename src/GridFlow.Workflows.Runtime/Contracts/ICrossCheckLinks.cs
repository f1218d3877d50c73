namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>
/// Whether an issue may be reported for a cross-check. The runtime knows nothing of cross-checks (the assessment module
/// owns them and references the runtime, not the other way round), so it asks this when a report names one.
/// </summary>
public interface ICrossCheckLinks
{
    /// <summary>Null when <paramref name="caller"/> may report an issue in grid <paramref name="gridId"/> for cross-check <paramref name="crossCheckId"/>; else why not.</summary>
    Task<string?> RefusalAsync(Caller caller, Guid crossCheckId, Guid gridId, CancellationToken cancellationToken);
}
