namespace GridFlow.Assessments.Trainings;

/// <summary>
/// What the attributes of the requests cannot say: the kind's vocabulary, a believable date, and attendees who exist,
/// lie within the training's region, are listed once, and carry a score only for an exam. Errors name the field
/// (<c>attendees[3].inspectorId</c>).
/// </summary>
public sealed class TrainingInputRules
{
    /// <summary>Trainings are recorded for this span of years; anything outside is a typo, and PostgreSQL takes every date inside.</summary>
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public Dictionary<string, string[]> ForCreate(CreateTrainingRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TrainingKinds.All.Contains(request.Kind))
        {
            errors["kind"] = [$"kind is one of {string.Join(", ", TrainingKinds.All)}."];
        }

        if (request.HeldAt < Earliest || request.HeldAt >= Latest)
        {
            errors["heldAt"] = ["heldAt lies between the years 2000 and 2099."];
        }

        if (request.Title is { } title && string.IsNullOrWhiteSpace(title))
        {
            errors["title"] = ["title is not blank."];
        }

        return errors;
    }

    /// <summary>Errors of an attendance list; <paramref name="paths"/> has the region path of each listed inspector that exists.</summary>
    public Dictionary<string, string[]> ForAttendance(IReadOnlyList<AttendeeInput> attendees, string kind, string regionPath, IReadOnlyDictionary<Guid, string> paths)
    {
        var errors = new Dictionary<string, string[]>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < attendees.Count; i++)
        {
            if (attendees[i]?.InspectorId is not { } id)
            {
                errors[$"attendees[{i}]"] = ["Each attendee names an inspector."];
                continue;
            }

            if (!paths.TryGetValue(id, out var path) || !path.StartsWith(regionPath, StringComparison.Ordinal))
            {
                errors[$"attendees[{i}].inspectorId"] = ["No inspector of the training's region has this id."];
            }
            else if (!seen.Add(id))
            {
                errors[$"attendees[{i}].inspectorId"] = ["The inspector is listed twice."];
            }

            if (attendees[i].Score is not null && kind != TrainingKinds.Exam)
            {
                errors[$"attendees[{i}].score"] = ["Only an exam has scores."];
            }
        }

        return errors;
    }
}
