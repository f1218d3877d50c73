using Microsoft.EntityFrameworkCore.Storage;

namespace GridFlow.Assessments.Sources;

/// <summary>
/// Writes the pollution-source archive with EF Core (off the hot path, ADR 0004): sources are audited like other kept
/// data (<c>IAudited</c>: who, when, before and after); check-ins are facts that carry who made them. The caller has
/// checked who may do it (<see cref="SourceAccess"/>) and the input (<see cref="SourceInputRules"/>).
/// </summary>
public sealed class SourceKeeper(GridFlowDbContext db, SourceInputRules rules, TimeProvider clock)
{
    public async Task<Guid> CreateAsync(Caller caller, GridIndexEntry grid, CreatePollutionSourceRequest request, List<Guid> photos, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var source = new PollutionSource
        {
            GridId = grid.Id,
            Name = request.Name!,
            Kind = request.Kind!,
            Location = SourceInputRules.PointAt(request.Lon!.Value, request.Lat!.Value),
            Key = request.Key!.Value,
            VisitEveryDays = rules.VisitEveryDays(request.VisitEveryDays, request.Key.Value),
            Notes = request.Notes,
            Photos = photos,
            CreatedBy = caller.UserId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.PollutionSources.Add(source);
        await SaveAndRecordPassesAsync(source, moved: true, cancellationToken);
        return source.Id;
    }

    /// <summary>The source's photos now, for the rule that photos it has may be named again by anyone who keeps it.</summary>
    public Task<List<Guid>> PhotosAsync(Guid id, CancellationToken cancellationToken) =>
        db.PollutionSources.AsNoTracking().Where(s => s.Id == id).Select(s => s.Photos).SingleAsync(cancellationToken);

    public async Task UpdateAsync(Guid id, UpdatePollutionSourceRequest request, List<Guid>? photos, CancellationToken cancellationToken)
    {
        var source = await db.PollutionSources.SingleAsync(s => s.Id == id, cancellationToken);
        source.Name = request.Name!;
        source.Kind = request.Kind!;
        var moved = source.Location.Y != request.Lat || source.Location.X != request.Lon;
        if (moved)
        {
            source.Location = SourceInputRules.PointAt(request.Lon!.Value, request.Lat!.Value);
        }

        source.Key = request.Key!.Value;
        source.VisitEveryDays = rules.VisitEveryDays(request.VisitEveryDays, request.Key.Value);
        source.Notes = request.Notes;
        if (photos is not null && !photos.SequenceEqual(source.Photos))
        {
            source.Photos = photos;
        }

        source.UpdatedAt = clock.GetUtcNow();
        await SaveAndRecordPassesAsync(source, moved, cancellationToken);
    }

    /// <summary>Saves the source and, where it is new or moved, records again which finished patrols passed it, in one transaction.</summary>
    private async Task SaveAndRecordPassesAsync(PollutionSource source, bool moved, CancellationToken cancellationToken)
    {
        if (!moved)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await SourcePasses.RecordSourceAsync(
            (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction(), source.GridId, source.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<PollutionSourceCheckInView> CheckInAsync(Caller caller, Guid sourceId, PollutionSourceCheckInRequest request, List<Guid> photos, double meters, CancellationToken cancellationToken)
    {
        var checkIn = new PollutionSourceCheckIn
        {
            SourceId = sourceId,
            At = request.At!.Value.ToUniversalTime(),
            Location = SourceInputRules.PointAt(request.Lon!.Value, request.Lat!.Value),
            Photos = photos,
            Notes = request.Notes,
            CheckedBy = caller.UserId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.PollutionSourceCheckIns.Add(checkIn);
        await db.SaveChangesAsync(cancellationToken);
        return new PollutionSourceCheckInView(
            checkIn.Id.ToString(), sourceId.ToString(), checkIn.At, request.Lat.Value, request.Lon.Value, Math.Round(meters, 1),
            photos.Select(p => p.ToString()).ToList(), checkIn.Notes, caller.UserId);
    }
}
