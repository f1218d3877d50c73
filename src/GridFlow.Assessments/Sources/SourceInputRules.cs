using GridFlow.Attachments.Contracts;

namespace GridFlow.Assessments.Sources;

/// <summary>
/// What a source and a check-in must satisfy beyond their annotations, each failure under its field's name: a source lies
/// inside its grid; photos are the caller's own uploads (or already the source's); a check-in is made near the source,
/// with a photo, not in the future and not longer ago than a patrol may be uploaded.
/// </summary>
public sealed class SourceInputRules(AttachmentUploads uploads, IOptions<AssessmentOptions> options, TimeProvider clock)
{
    private AssessmentOptions Options => options.Value;

    /// <summary>WGS84 points for PostGIS (SRID 4326).</summary>
    public static Point PointAt(double lon, double lat) => new(lon, lat) { SRID = 4326 };

    public static Dictionary<string, string[]> ForLocation(GridIndexEntry? grid, double lat, double lon)
    {
        var errors = new Dictionary<string, string[]>();
        // A grid drawn away since: nothing to lie inside, so the source keeps the place it is given.
        if (grid is not null && !grid.Boundary.Covers(PointAt(lon, lat)))
        {
            errors["lat"] = [$"A source lies inside its grid ({grid.Code}); ({lat}, {lon}) does not."];
        }

        return errors;
    }

    /// <summary>The photos as ids, or the errors under <c>photos</c>: each must name an attachment the caller uploaded, or one in <paramref name="kept"/>.</summary>
    public async Task<(List<Guid> Photos, Dictionary<string, string[]> Errors)> ForPhotosAsync(
        Caller caller, IReadOnlyList<string> ids, IReadOnlyCollection<Guid> kept, CancellationToken cancellationToken)
    {
        var candidates = AttachmentIds.Candidates(ids);
        var mine = await uploads.UploadedByAsync(candidates.Except(kept).ToList(), caller.UserId, cancellationToken);
        mine.UnionWith(kept);
        var missing = AttachmentIds.Missing(ids, mine);
        var errors = new Dictionary<string, string[]>();
        if (missing.Count > 0)
        {
            errors["photos"] = [$"No such photo of yours: {string.Join(", ", missing)}. Upload photos with POST /api/attachments first."];
        }

        return (candidates.Where(mine.Contains).ToList(), errors);
    }

    public Dictionary<string, string[]> ForCheckIn(PollutionSourceCheckInRequest request, double meters)
    {
        var errors = new Dictionary<string, string[]>();
        var now = clock.GetUtcNow();
        if (request.At!.Value > now.AddMinutes(Options.ClockSkewMinutes))
        {
            errors["at"] = ["A check-in cannot be in the future."];
        }
        else if (request.At.Value < now.AddDays(-Options.MaxUploadAgeDays))
        {
            errors["at"] = [$"A check-in is uploaded within {Options.MaxUploadAgeDays} days."];
        }

        if (meters > Options.SourceVisitMeters)
        {
            errors["lat"] = [$"A check-in is made within {Options.SourceVisitMeters} m of the source; this one is {Math.Round(meters)} m away."];
        }

        if (request.Photos!.Count == 0)
        {
            errors["photos"] = ["A check-in carries at least one photo."];
        }

        return errors;
    }

    public int VisitEveryDays(int? given, bool key) => given ?? (key ? Options.KeySourceVisitEveryDays : Options.SourceVisitEveryDays);
}
