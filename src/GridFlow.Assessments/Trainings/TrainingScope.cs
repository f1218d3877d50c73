namespace GridFlow.Assessments.Trainings;

/// <summary>
/// The trainings a caller sees, as SQL-friendly terms: everything; or those whose region lies under
/// <see cref="Below"/> or is one of <see cref="Above"/>; or, for an inspector, also those they attended.
/// </summary>
public sealed record TrainingScope(bool Everything, string? Below, IReadOnlyList<string> Above, Guid? Attendee, string? Line)
{
    public static readonly TrainingScope All = new(true, null, [], null, null);

    public IQueryable<Training> Apply(IQueryable<Training> trainings)
    {
        if (Everything)
        {
            return trainings;
        }

        var above = Above.ToList();
        var below = Below;
        return Attendee is { } inspectorId
            ? trainings.Where(t => above.Contains(t.RegionPath) || t.Attendance.Any(a => a.InspectorId == inspectorId))
            : trainings.Where(t => (below != null && t.RegionPath.StartsWith(below)) || above.Contains(t.RegionPath));
    }
}
