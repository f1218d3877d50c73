namespace GridFlow.Contracts.Assessments;

/// <summary>The whole attendance of a training: it replaces the list recorded before (an empty list clears it).</summary>
public sealed record ReplaceAttendanceRequest(
    [property: Required, MaxLength(ReplaceAttendanceRequest.MaxAttendees)] IReadOnlyList<AttendeeInput>? Attendees)
{
    /// <summary>A city-wide training of every inspector is about a thousand; a province-wide one would be split by city.</summary>
    public const int MaxAttendees = 5_000;
}
