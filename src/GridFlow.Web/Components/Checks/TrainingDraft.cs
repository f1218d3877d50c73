using GridFlow.Contracts.Assessments;

namespace GridFlow.Web.Components.Checks;

/// <summary>The record-a-training form's fields; the date and time are China time.</summary>
public sealed class TrainingDraft
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public string? Title { get; set; }

    public string Kind { get; set; } = TrainingKinds.Training;

    public DateTime? HeldDate { get; set; }

    public TimeSpan? HeldTime { get; set; } = new(9, 0, 0);

    public double? Hours { get; set; } = 2;

    public string? RegionId { get; set; }

    public string? Trainer { get; set; }

    public CreateTrainingRequest ToRequest() =>
        new(Title, Kind, HeldDate is { } date ? new DateTimeOffset(date.Date + (HeldTime ?? TimeSpan.Zero), China) : null, Hours,
            Guid.TryParse(RegionId, out var region) ? region : null, string.IsNullOrWhiteSpace(Trainer) ? null : Trainer.Trim());
}
