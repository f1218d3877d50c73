using System.Collections.Concurrent;
using GridFlow.Data.ReferenceData;
using GridFlow.ServiceDefaults.Caching;

namespace GridFlow.Workflows.Management.Services;

/// <summary>
/// The runtime's view of the stored definitions. A published (or retracted) version's content never changes, so its
/// parsed form is kept for the life of the process; drafts change and are always re-read. Which version is live and
/// which definition a category runs on can change on any node, so they are trusted for
/// <see cref="WorkflowOptions.DefinitionCacheSeconds"/> and dropped at once by <see cref="Invalidate"/> on the node
/// that made the change. Each database read uses its own scope, so the store is a singleton.
/// </summary>
public sealed partial class WorkflowDefinitionStore : IWorkflowDefinitionStore
{
    private const byte AllCategories = 0;

    private readonly ConcurrentDictionary<(string DefinitionId, int Version), WorkflowDefinition> immutable = new();
    private readonly TtlCache<string, int?> liveVersions;
    private readonly TtlCache<byte, IReadOnlyDictionary<string, (string DefinitionId, string Name)>> categories;
    private readonly ReferenceDataContexts referenceData;
    private readonly ILogger<WorkflowDefinitionStore> logger;

    public WorkflowDefinitionStore(ReferenceDataContexts referenceData, TimeProvider clock, IOptions<WorkflowOptions> options, ILogger<WorkflowDefinitionStore> logger)
    {
        this.referenceData = referenceData;
        this.logger = logger;
        var timeToLive = () => TimeSpan.FromSeconds(options.Value.DefinitionCacheSeconds);
        liveVersions = new TtlCache<string, int?>(clock, timeToLive);
        categories = new TtlCache<byte, IReadOnlyDictionary<string, (string DefinitionId, string Name)>>(clock, timeToLive);
    }

    /// <summary>Forgets the live versions and the category mapping; call it after this node publishes, retracts or maps a category.</summary>
    public void Invalidate()
    {
        liveVersions.Clear();
        categories.Clear();
    }

    /// <inheritdoc />
    /// <remarks>A stored draft that cannot even be read throws <see cref="Core.Serialization.InvalidWorkflowDefinitionException"/>.</remarks>
    public ValueTask<WorkflowDefinition?> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        immutable.TryGetValue((definitionId, version), out var cached)
            ? ValueTask.FromResult<WorkflowDefinition?>(cached)
            : new ValueTask<WorkflowDefinition?>(LoadVersionAsync(definitionId, version, cancellationToken));

    /// <inheritdoc />
    public async ValueTask<WorkflowDefinition?> GetLiveAsync(string definitionId, CancellationToken cancellationToken)
    {
        var version = await liveVersions.GetAsync(definitionId, ReadLiveVersionAsync, cancellationToken);
        return version is { } v ? await GetVersionAsync(definitionId, v, cancellationToken) : null;
    }

    /// <inheritdoc />
    public async ValueTask<string?> GetDefinitionIdForCategoryAsync(string categoryCode, CancellationToken cancellationToken)
    {
        var map = await categories.GetAsync(AllCategories, _ => ReadCategoriesAsync(), cancellationToken);
        return map.TryGetValue(categoryCode, out var category) ? category.DefinitionId : null;
    }

    /// <inheritdoc />
    public async ValueTask<string?> GetCategoryNameAsync(string categoryCode, CancellationToken cancellationToken)
    {
        var map = await categories.GetAsync(AllCategories, _ => ReadCategoriesAsync(), cancellationToken);
        return map.TryGetValue(categoryCode, out var category) ? category.Name : null;
    }

    private async Task<WorkflowDefinition?> LoadVersionAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        await using var db = referenceData.Create();
        var row = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.Version == version)
            .Select(d => new { d.Status, d.Json })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var definition = WorkflowDefinition.Load(row.Json);
        if (row.Status != DefinitionStatuses.Draft && immutable.TryAdd((definitionId, version), definition))
        {
            LogCached(logger, definitionId, version);
        }

        return definition;
    }

    private async Task<int?> ReadLiveVersionAsync(string definitionId)
    {
        await using var db = referenceData.Create();
        return await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.Status == DefinitionStatuses.Published)
            .MaxAsync(d => (int?)d.Version);
    }

    private async Task<IReadOnlyDictionary<string, (string DefinitionId, string Name)>> ReadCategoriesAsync()
    {
        await using var db = referenceData.Create();
        return await db.IssueCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => (c.WorkflowDefinitionId, c.Name), StringComparer.Ordinal);
    }

    [LoggerMessage(LogLevel.Debug, "Workflow definition {DefinitionId} v{Version} parsed and cached")]
    private static partial void LogCached(ILogger logger, string definitionId, int version);
}
