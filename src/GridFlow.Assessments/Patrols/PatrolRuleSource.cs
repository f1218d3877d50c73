using GridFlow.Assessments.Scoring;
using GridFlow.Data.ReferenceData;
using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Patrols;

/// <summary>
/// The patrol rule a finished patrol is judged by: that of the published scheme that assesses the grid's inspectors (a
/// county's own scheme, else the deployment-wide one), so the verdict an inspector sees at finish is the one their run
/// will reach; <c>Assessments:PatrolRule</c> where no scheme is published. The speed window stays the setting's (it is
/// how speed is measured, not a rule). Schemes are read from the reference-data pool at most every 30 seconds: a patrol
/// upload costs no query for it.
/// </summary>
public sealed class PatrolRuleSource(ReferenceDataContexts referenceData, RegionDirectory regions, IOptions<AssessmentOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim loading = new(1, 1);
    // One reference, swapped whole: readers never see a time from one load with the rules of another.
    private volatile Tuple<DateTimeOffset, List<(string? Path, PatrolRuleOptions Rule)>>? cache;

    /// <summary>Forgets the rules read, after a publication on this node (other nodes follow within the lifetime).</summary>
    public void Invalidate() => cache = null;

    public async Task<PatrolRuleOptions> ForAsync(string gridRegionPath, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(cancellationToken);
        // The longest matching path first: a county's own scheme over the deployment's.
        return rules.Where(r => r.Path is null || gridRegionPath.StartsWith(r.Path, StringComparison.Ordinal))
            .OrderByDescending(r => r.Path?.Length ?? 0).Select(r => r.Rule).FirstOrDefault() ?? options.Value.PatrolRule;
    }

    private async Task<List<(string? Path, PatrolRuleOptions Rule)>> RulesAsync(CancellationToken cancellationToken)
    {
        if (cache is { } fresh && clock.GetUtcNow() - fresh.Item1 < Lifetime)
        {
            return fresh.Item2;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            if (cache is { } again && clock.GetUtcNow() - again.Item1 < Lifetime)
            {
                return again.Item2;
            }

            await using var db = referenceData.Create();
            var documents = await db.AssessmentSchemes.AsNoTracking().Where(s => s.Status == SchemeStatuses.Published).Select(s => s.Document).ToListAsync(cancellationToken);
            var rules = new List<(string? Path, PatrolRuleOptions Rule)>();
            foreach (var scheme in documents.Select(SchemeRules.Parse))
            {
                var path = scheme.RegionId is { } region ? (await regions.FindAsync(region, cancellationToken))?.Path : null;
                if (scheme.RegionId is null || path is not null)
                {
                    scheme.PatrolRule.SpeedWindowSeconds = options.Value.PatrolRule.SpeedWindowSeconds;
                    rules.Add((path, scheme.PatrolRule));
                }
            }

            cache = Tuple.Create(clock.GetUtcNow(), rules);
            return rules;
        }
        finally
        {
            loading.Release();
        }
    }
}
