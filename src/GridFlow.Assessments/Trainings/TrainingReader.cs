using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Trainings;

/// <summary>Trainings as the caller may see them (<see cref="TrainingAccess"/>), and an inspector's study archive.</summary>
public sealed class TrainingReader(GridFlowDbContext db, InspectorRegions inspectors)
{
    /// <summary>The study archive lists at most this many trainings, newest first: more than ten years of weekly sessions.</summary>
    public const int MaxStudyRecords = 1_000;

    /// <summary>What the caller sees; an inspector's line is their township's, read from the Regions module.</summary>
    public async Task<TrainingScope> ScopeAsync(Caller caller, CancellationToken cancellationToken)
    {
        if (caller.SeesAllRegions)
        {
            return TrainingScope.All;
        }

        if (caller.IsInspectorOnly)
        {
            var inspectorId = caller.InspectorId!.Value;
            var path = (await inspectors.PathsAsync([inspectorId], cancellationToken)).GetValueOrDefault(inspectorId);
            return new TrainingScope(false, null, path is null ? [] : RegionLine.PathsAbove(path), inspectorId, path);
        }

        var prefix = caller.RegionPrefix!;
        return new TrainingScope(false, prefix, RegionLine.PathsAbove(prefix), null, prefix);
    }

    /// <summary>The training's region path and kind, if the caller may see it; null otherwise (404).</summary>
    public async Task<(string RegionPath, string Kind)?> FindAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(caller, cancellationToken);
        var row = await scope.Apply(db.Trainings.AsNoTracking()).Where(t => t.Id == id)
            .Select(t => new { t.RegionPath, t.Kind }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.RegionPath, row.Kind);
    }

    public async Task<TrainingDetail?> GetAsync(Caller caller, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(caller, id, cancellationToken) is null ? null : await DetailAsync(id, cancellationToken);

    /// <summary>The training with its attendance, for a caller already found to see it (the answer to their own write).</summary>
    public async Task<TrainingDetail> DetailAsync(Guid id, CancellationToken cancellationToken)
    {
        var training = (await Views(db.Trainings.AsNoTracking().Where(t => t.Id == id)).ToListAsync(cancellationToken)).Single();
        var attendance = await db.TrainingAttendance.AsNoTracking().Where(a => a.TrainingId == id).OrderBy(a => a.InspectorId)
            .Select(a => new AttendeeView(a.InspectorId.ToString(), a.Score)).ToListAsync(cancellationToken);
        return new TrainingDetail(training, attendance);
    }

    public async Task<PagedList<TrainingView>> ListAsync(Caller caller, TrainingFilter filter, PageQuery paging, CancellationToken cancellationToken)
    {
        var query = (await ScopeAsync(caller, cancellationToken)).Apply(db.Trainings.AsNoTracking());
        if (filter.RegionPath is { } path)
        {
            query = query.Where(t => t.RegionPath.StartsWith(path));
        }

        query = Within(query, filter.Period);
        var total = await query.CountAsync(cancellationToken);
        var page = query.OrderByDescending(t => t.HeldAt).ThenBy(t => t.Id).Skip(paging.Skip).Take(paging.Size);
        return new PagedList<TrainingView>(await Views(page).ToListAsync(cancellationToken), total, paging.PageNumber, paging.Size);
    }

    /// <summary>
    /// The inspector's study archive: every training held for a region containing theirs (an absence shows as not
    /// attended) and every one they attended elsewhere, newest first.
    /// </summary>
    public async Task<List<StudyRecord>> StudyAsync(Guid inspectorId, string inspectorPath, AssessmentPeriod period, CancellationToken cancellationToken)
    {
        var above = RegionLine.PathsAbove(inspectorPath);
        var query = Within(db.Trainings.AsNoTracking(), period)
            .Where(t => above.Contains(t.RegionPath) || t.Attendance.Any(a => a.InspectorId == inspectorId));
        var rows = await query.OrderByDescending(t => t.HeldAt).ThenBy(t => t.Id).Take(MaxStudyRecords)
            .Select(t => new
            {
                t.Id, t.Title, t.Kind, t.HeldAt, t.Hours,
                Attendance = t.Attendance.Where(a => a.InspectorId == inspectorId).Select(a => new { a.Score }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StudyRecord(r.Id.ToString(), r.Title, r.Kind, r.HeldAt, r.Hours, r.Attendance is not null, r.Attendance?.Score)).ToList();
    }

    private static IQueryable<Training> Within(IQueryable<Training> trainings, AssessmentPeriod period)
    {
        if (period.Start is { } start)
        {
            trainings = trainings.Where(t => t.HeldAt >= start);
        }

        return period.End is { } end ? trainings.Where(t => t.HeldAt < end) : trainings;
    }

    private static IQueryable<TrainingView> Views(IQueryable<Training> trainings) => trainings.Select(t => new TrainingView(
        t.Id.ToString(), t.Title, t.Kind, t.HeldAt, t.Hours, t.RegionId.ToString(), t.Trainer, t.Attendance.Count));
}
