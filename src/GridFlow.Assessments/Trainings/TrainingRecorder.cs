using GridFlow.Data.Auditing;
using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Trainings;

/// <summary>
/// Records trainings and replaces their attendance. A training is audited by the interceptor (it is
/// <see cref="IAudited"/>); an attendance replacement writes one audit row with the list before and after, in the
/// transaction that replaces it.
/// </summary>
public sealed class TrainingRecorder(GridFlowDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string AttendanceEntityType = "TrainingAttendance";

    public async Task<Guid> CreateAsync(Caller caller, CreateTrainingRequest request, RegionEntry region, CancellationToken cancellationToken)
    {
        var training = new Training
        {
            Title = request.Title!.Trim(),
            Kind = request.Kind!,
            HeldAt = request.HeldAt!.Value.ToUniversalTime(),
            Hours = request.Hours!.Value,
            RegionId = region.Id,
            RegionPath = region.Path,
            Trainer = string.IsNullOrWhiteSpace(request.Trainer) ? null : request.Trainer.Trim(),
            RecordedBy = caller.UserId,
            CreatedAt = clock.GetUtcNow().ToUniversalTime(),
        };
        db.Trainings.Add(training);
        await db.SaveChangesAsync(cancellationToken);
        return training.Id;
    }

    /// <summary>Replaces the whole attendance in one transaction: the first statement locks the training, so two replacements run one after the other.</summary>
    public async Task ReplaceAttendanceAsync(Guid trainingId, IReadOnlyList<AttendeeInput> attendees, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Trainings.Where(t => t.Id == trainingId).ExecuteUpdateAsync(s => s.SetProperty(t => t.AttendanceUpdatedAt, now), cancellationToken);
        var before = await db.TrainingAttendance.AsNoTracking().Where(a => a.TrainingId == trainingId).OrderBy(a => a.InspectorId)
            .Select(a => new { a.InspectorId, a.Score }).ToListAsync(cancellationToken);
        await db.TrainingAttendance.Where(a => a.TrainingId == trainingId).ExecuteDeleteAsync(cancellationToken);
        var rows = attendees.Select(a => new TrainingAttendance { TrainingId = trainingId, InspectorId = a.InspectorId!.Value, Score = a.Score }).ToList();
        db.TrainingAttendance.AddRange(rows);
        AuditTrail.Add(db, actor, now, AuditTrail.Updated, AttendanceEntityType, trainingId.ToString(), before,
            rows.OrderBy(a => a.InspectorId).Select(a => new { a.InspectorId, a.Score }).ToList());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
