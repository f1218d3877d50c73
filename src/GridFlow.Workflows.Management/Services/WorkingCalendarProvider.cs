using GridFlow.Data.ReferenceData;
using GridFlow.ServiceDefaults.Caching;
using GridFlow.Workflows.Core.Calendar;

namespace GridFlow.Workflows.Management.Services;

/// <summary>
/// The official Chinese calendar plus the local non-working days and make-up workdays, rebuilt after
/// <see cref="WorkflowOptions.DefinitionCacheSeconds"/> or at once after this node changed a local day.
/// </summary>
public sealed class WorkingCalendarProvider(ReferenceDataContexts referenceData, TimeProvider clock, IOptions<WorkflowOptions> options)
    : IWorkingCalendarProvider
{
    private const byte Only = 0;

    private readonly TtlCache<byte, WorkingDayCalendar> cache =
        new(clock, () => TimeSpan.FromSeconds(options.Value.DefinitionCacheSeconds));

    /// <summary>Forgets the cached calendar; call it after this node adds or removes a local day.</summary>
    public void Invalidate() => cache.Clear();

    /// <inheritdoc />
    public ValueTask<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken) =>
        cache.GetAsync(Only, _ => BuildAsync(), cancellationToken);

    private async Task<WorkingDayCalendar> BuildAsync()
    {
        await using var db = referenceData.Create();
        var days = await db.LocalCalendarDays.AsNoTracking().Select(d => new { d.Date, d.Working }).ToListAsync();
        return WorkingDayCalendar.China(days.Where(d => !d.Working).Select(d => d.Date), days.Where(d => d.Working).Select(d => d.Date));
    }
}
