using GridFlow.Contracts.Assessments;

namespace GridFlow.Web.Components.Checks;

/// <summary>The order-a-cross-check form's fields: the grid's region (to list its grids), the grid, the checker and a due date (due at 23:59 China time).</summary>
public sealed class CrossCheckDraft
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public string? RegionId { get; set; }

    public string? GridId { get; set; }

    public string? CheckerUserId { get; set; }

    public DateTime? DueDate { get; set; }

    /// <summary>A week from <paramref name="today"/>, a usual time to give a checker.</summary>
    public static CrossCheckDraft WeekAhead(DateOnly today) => new() { DueDate = today.AddDays(7).ToDateTime(TimeOnly.MinValue) };

    public StartCrossCheckRequest ToRequest() =>
        new(Guid.TryParse(GridId, out var grid) ? grid : null, CheckerUserId,
            DueDate is { } due ? new DateTimeOffset(due.Date.AddHours(23).AddMinutes(59), China) : null);
}
