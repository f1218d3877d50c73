using GridFlow.Contracts.Regions;
using GridFlow.Contracts.Workflows;
using GridFlow.Data;
using GridFlow.Regions.Apis;
using GridFlow.Web.Components.Shared;
using GridFlow.Web.Modules;
using GridFlow.Workflows.Management.Apis;
using GridFlow.Workflows.Runtime.Statistics;

namespace GridFlow.Web.Components.Statistics;

/// <summary>
/// What the dashboard and the map read, each through the API operation behind its route (<see cref="ModuleCalls"/>):
/// the same scoping and the same refusals as <c>/api/stats</c>, <c>/api/regions</c> and <c>/api/issue-categories</c>.
/// </summary>
public sealed class StatsReader(ModuleCalls calls)
{
    public Task<CallOutcome<T>> RunAsync<T>(ClaimsPrincipal user, Func<Caller, StatsServices, Task<IResult>> operation) =>
        calls.RunAsync<T>(user, async sp => await operation(Caller.FromPrincipal(user), ActivatorUtilities.CreateInstance<StatsServices>(sp)));

    public async Task<List<RegionChoice>> RegionsAsync(ClaimsPrincipal user) =>
        RegionChoice.Flatten((await calls.RunAsync<List<RegionNode>>(user, async sp =>
            await RegionsApi.GetTreeAsync(Caller.FromPrincipal(user), sp.GetRequiredService<GridFlowDbContext>(), CancellationToken.None))).Value ?? []);

    /// <summary>Category codes and their names in the page's language.</summary>
    public async Task<Dictionary<string, string>> CategoryNamesAsync(ClaimsPrincipal user) =>
        ((await calls.RunAsync<List<IssueCategoryView>>(user, async sp =>
            await IssueCategoriesApi.ListAsync(sp.GetRequiredService<GridFlowDbContext>(), CancellationToken.None))).Value ?? [])
            .ToDictionary(c => c.Code, c => DefinitionNames.Localized(c.Name), StringComparer.Ordinal);

    public Task<CallOutcome<RegionMap>> MapAsync(ClaimsPrincipal user, Guid regionId) =>
        calls.RunAsync<RegionMap>(user, async sp =>
            await RegionMapApi.GetAsync(regionId, Caller.FromPrincipal(user), sp.GetRequiredService<GridFlowDbContext>(), CancellationToken.None));
}
