namespace GridFlow.Assessments.Patrols;

/// <summary>
/// What a patrol's times and points must satisfy beyond their annotations, each failure under its field's name
/// (<c>points[3].at</c>): a phone's clock may run a little ahead, a patrol may be uploaded days later, it lasts at most
/// a day, and its points lie between its start and its end.
/// </summary>
public sealed class PatrolInputRules(IOptions<AssessmentOptions> options, TimeProvider clock)
{
    private AssessmentOptions Options => options.Value;

    public Dictionary<string, string[]> ForStart(StartPatrolRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var now = clock.GetUtcNow();
        var started = request.StartedAt!.Value;
        if (started > now.AddMinutes(Options.ClockSkewMinutes))
        {
            errors["startedAt"] = ["The patrol cannot start in the future."];
        }
        else if (started < now.AddDays(-Options.MaxUploadAgeDays))
        {
            errors["startedAt"] = [$"A patrol is uploaded within {Options.MaxUploadAgeDays} days of its start."];
        }

        if (request.EndedAt is { } ended)
        {
            AddEndErrors(errors, started, ended, now);
        }

        AddPointErrors(errors, request.Points ?? [], started, request.EndedAt ?? now.AddMinutes(Options.ClockSkewMinutes));
        return errors;
    }

    public Dictionary<string, string[]> ForPoints(IReadOnlyList<PatrolPointInput> points, DateTimeOffset started)
    {
        var errors = new Dictionary<string, string[]>();
        AddPointErrors(errors, points, started, clock.GetUtcNow().AddMinutes(Options.ClockSkewMinutes));
        return errors;
    }

    public Dictionary<string, string[]> ForFinish(DateTimeOffset started, DateTimeOffset ended)
    {
        var errors = new Dictionary<string, string[]>();
        AddEndErrors(errors, started, ended, clock.GetUtcNow());
        return errors;
    }

    private void AddEndErrors(Dictionary<string, string[]> errors, DateTimeOffset started, DateTimeOffset ended, DateTimeOffset now)
    {
        if (ended < started)
        {
            errors["endedAt"] = ["A patrol ends after it starts."];
        }
        else if (ended - started > TimeSpan.FromHours(Options.MaxPatrolHours))
        {
            errors["endedAt"] = [$"A patrol lasts at most {Options.MaxPatrolHours} hours."];
        }
        else if (ended > now.AddMinutes(Options.ClockSkewMinutes))
        {
            errors["endedAt"] = ["The patrol cannot end in the future."];
        }
    }

    private void AddPointErrors(Dictionary<string, string[]> errors, IReadOnlyList<PatrolPointInput> points, DateTimeOffset started, DateTimeOffset latest)
    {
        if (points.Count > Options.MaxPointsPerUpload)
        {
            errors["points"] = [$"Send at most {Options.MaxPointsPerUpload} points at once."];
            return;
        }

        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] is not { At: { } at })
            {
                continue;
            }

            if (at < started || at > latest)
            {
                errors[$"points[{i}].at"] = ["A point lies between the patrol's start and its end."];
            }
        }
    }
}
